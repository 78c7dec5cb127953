import { z } from '../lib/zod';

/*
 * Reference vocabularies, built from shared/reference/taxonomy.json (IOM's phases of migration,
 * the actors of Bangladesh's migration governance, GCM A/RES/73/195, SDG migration targets).
 * Ids are stable codes stored on records: never rename one. Stage labels are UI text and live in
 * the i18n messages; actor names and objective titles are reference data, shown as written.
 */

export const STAGE_IDS = [
  'pre_decision',
  'pre_departure',
  'transit',
  'destination',
  'return',
  'reintegration',
  'cross_cutting',
] as const;
export const StageIdSchema = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof StageIdSchema>;

export const ACTOR_GROUPS = [
  'government',
  'coordination',
  'parliament',
  'un',
  'civil_society',
  'private_sector',
  'destination',
  'diaspora',
  'development_partner',
  'media',
] as const;
export const ActorGroupSchema = z.enum(ACTOR_GROUPS);
export type ActorGroup = z.infer<typeof ActorGroupSchema>;

export interface BuiltInActor {
  id: string;
  abbr: string;
  name: string;
  group: ActorGroup;
}

export const BUILT_IN_ACTORS: readonly BuiltInActor[] = [
  {
    id: 'moewoe',
    abbr: 'MoEWOE',
    name: "Ministry of Expatriates' Welfare and Overseas Employment",
    group: 'government',
  },
  { id: 'mofa', abbr: 'MoFA', name: 'Ministry of Foreign Affairs', group: 'government' },
  { id: 'moha', abbr: 'MoHA', name: 'Ministry of Home Affairs', group: 'government' },
  {
    id: 'bmet',
    abbr: 'BMET',
    name: 'Bureau of Manpower, Employment and Training',
    group: 'government',
  },
  { id: 'wewb', abbr: 'WEWB', name: "Wage Earners' Welfare Board", group: 'government' },
  { id: 'pkb', abbr: 'PKB', name: 'Probashi Kallyan Bank', group: 'government' },
  {
    id: 'boesl',
    abbr: 'BOESL',
    name: 'Bangladesh Overseas Employment and Services Limited',
    group: 'government',
  },
  {
    id: 'planning_commission',
    abbr: 'Planning Commission',
    name: 'Planning Commission',
    group: 'government',
  },
  { id: 'ttc', abbr: 'TTC', name: 'Technical Training Centres (under BMET)', group: 'government' },
  {
    id: 'demo',
    abbr: 'DEMO',
    name: 'District Employment and Manpower Offices',
    group: 'government',
  },
  {
    id: 'missions',
    abbr: 'Missions',
    name: 'Bangladesh missions abroad and their labour wings',
    group: 'government',
  },
  {
    id: 'bmct',
    abbr: 'BMCT',
    name: 'Bangladesh Migration Compact Taskforce',
    group: 'coordination',
  },
  {
    id: 'icmd',
    abbr: 'ICMD',
    name: 'Inter-Ministerial Committee on Migration and Development',
    group: 'coordination',
  },
  {
    id: 'bdunnm',
    abbr: 'BDUNNM',
    name: 'Bangladesh UN Network on Migration',
    group: 'coordination',
  },
  {
    id: 'lmtwg',
    abbr: 'LMTWG',
    name: 'Labour Migration Technical Working Group (BDUNNM)',
    group: 'coordination',
  },
  {
    id: 'ctip_twg',
    abbr: 'CTiP TWG',
    name: 'Counter Trafficking in Persons Thematic Working Group (BDUNNM)',
    group: 'coordination',
  },
  {
    id: 'caucus',
    abbr: 'Caucus',
    name: "Parliamentarians' Caucus on Migration and Development",
    group: 'parliament',
  },
  { id: 'iom', abbr: 'IOM', name: 'International Organization for Migration', group: 'un' },
  { id: 'ilo', abbr: 'ILO', name: 'International Labour Organization', group: 'un' },
  {
    id: 'unwomen',
    abbr: 'UN Women',
    name: 'UN Entity for Gender Equality and the Empowerment of Women',
    group: 'un',
  },
  { id: 'unodc', abbr: 'UNODC', name: 'United Nations Office on Drugs and Crime', group: 'un' },
  { id: 'undp', abbr: 'UNDP', name: 'United Nations Development Programme', group: 'un' },
  { id: 'unhcr', abbr: 'UNHCR', name: 'UN Refugee Agency', group: 'un' },
  { id: 'unicef', abbr: 'UNICEF', name: "United Nations Children's Fund", group: 'un' },
  {
    id: 'rmmru',
    abbr: 'RMMRU',
    name: 'Refugee and Migratory Movements Research Unit',
    group: 'civil_society',
  },
  { id: 'warbe', abbr: 'WARBE DF', name: 'WARBE Development Foundation', group: 'civil_society' },
  { id: 'okup', abbr: 'OKUP', name: 'Ovibashi Karmi Unnayan Program', group: 'civil_society' },
  { id: 'bnsk', abbr: 'BNSK', name: 'Bangladesh Nari Sramik Kendra', group: 'civil_society' },
  { id: 'brac', abbr: 'BRAC', name: 'BRAC', group: 'civil_society' },
  {
    id: 'bomsa',
    abbr: 'BOMSA',
    name: 'Bangladeshi Ovibashi Mohila Sramik Association',
    group: 'civil_society',
  },
  {
    id: 'inafi',
    abbr: 'INAFI Bangladesh',
    name: 'INAFI Bangladesh Foundation',
    group: 'civil_society',
  },
  {
    id: 'bcsm',
    abbr: 'BCSM',
    name: 'Bangladesh Civil Society for Migration',
    group: 'civil_society',
  },
  { id: 'iid', abbr: 'IID', name: 'IID', group: 'civil_society' },
  { id: 'dam', abbr: 'DAM', name: 'Dhaka Ahsania Mission', group: 'civil_society' },
  {
    id: 'pri',
    abbr: 'PRI',
    name: 'Policy Research Institute of Bangladesh',
    group: 'civil_society',
  },
  {
    id: 'baira',
    abbr: 'BAIRA',
    name: 'Bangladesh Association of International Recruiting Agencies',
    group: 'private_sector',
  },
  {
    id: 'recruiting_agencies',
    abbr: 'Recruiting agencies',
    name: 'Recruiting agencies and sub-agents',
    group: 'private_sector',
  },
  {
    id: 'banks',
    abbr: 'Banks and exchange houses',
    name: 'Banks and exchange houses',
    group: 'private_sector',
  },
  {
    id: 'cod_governments',
    abbr: 'CoD governments',
    name: 'Governments of countries of destination',
    group: 'destination',
  },
  {
    id: 'basug',
    abbr: 'BASUG',
    name: 'BASUG (Europe-based diaspora organisation)',
    group: 'diaspora',
  },
  {
    id: 'sdc',
    abbr: 'SDC',
    name: 'Swiss Agency for Development and Cooperation',
    group: 'development_partner',
  },
  { id: 'media', abbr: 'Media', name: 'National and social media', group: 'media' },
];
