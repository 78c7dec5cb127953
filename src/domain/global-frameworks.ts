import type { SdgTarget } from './global-framework-ids';

/*
 * The global frameworks a recommendation can be tagged with: the 23 objectives of the Global
 * Compact for Migration (A/RES/73/195) and the migration-related SDG targets, as listed in
 * shared/reference/taxonomy.json. Titles are reference text, shown as written. Only the pickers,
 * the chips' descriptions and the dashboard read them: the identifiers every card is checked
 * against live in global-framework-ids.ts, so the titles stay out of the first screen's code.
 */

export interface GcmObjective {
  n: number;
  title: string;
}

export const GCM_OBJECTIVES: readonly GcmObjective[] = [
  {
    n: 1,
    title:
      'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  },
  {
    n: 2,
    title:
      'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  },
  { n: 3, title: 'Provide accurate and timely information at all stages of migration' },
  {
    n: 4,
    title: 'Ensure that all migrants have proof of legal identity and adequate documentation',
  },
  { n: 5, title: 'Enhance availability and flexibility of pathways for regular migration' },
  {
    n: 6,
    title:
      'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  },
  { n: 7, title: 'Address and reduce vulnerabilities in migration' },
  { n: 8, title: 'Save lives and establish coordinated international efforts on missing migrants' },
  { n: 9, title: 'Strengthen the transnational response to smuggling of migrants' },
  {
    n: 10,
    title:
      'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  },
  { n: 11, title: 'Manage borders in an integrated, secure and coordinated manner' },
  {
    n: 12,
    title:
      'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  },
  {
    n: 13,
    title: 'Use migration detention only as a measure of last resort and work towards alternatives',
  },
  {
    n: 14,
    title: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  },
  { n: 15, title: 'Provide access to basic services for migrants' },
  { n: 16, title: 'Empower migrants and societies to realize full inclusion and social cohesion' },
  {
    n: 17,
    title:
      'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  },
  {
    n: 18,
    title:
      'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  },
  {
    n: 19,
    title:
      'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  },
  {
    n: 20,
    title:
      'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  },
  {
    n: 21,
    title:
      'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  },
  {
    n: 22,
    title:
      'Establish mechanisms for the portability of social security entitlements and earned benefits',
  },
  {
    n: 23,
    title:
      'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
  },
];

export const SDG_TARGETS: readonly { id: SdgTarget; title: string }[] = [
  { id: '1.3', title: 'Social protection systems and measures for all' },
  {
    id: '5.2',
    title: 'Eliminate violence against women and girls, including trafficking and exploitation',
  },
  { id: '8.7', title: 'Eradicate forced labour, modern slavery and human trafficking' },
  {
    id: '8.8',
    title:
      'Protect labour rights and safe working environments for all workers, including migrant workers',
  },
  {
    id: '10.7',
    title: 'Facilitate orderly, safe, regular and responsible migration and mobility of people',
  },
  { id: '10.c', title: 'Reduce remittance transaction costs to less than 3 per cent' },
  { id: '16.2', title: 'End abuse, exploitation, trafficking and violence against children' },
  { id: '16.9', title: 'Legal identity for all, including birth registration' },
  {
    id: '17.18',
    title: 'High-quality data disaggregated by migratory status and other characteristics',
  },
];
