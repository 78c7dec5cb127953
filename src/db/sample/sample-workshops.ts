/*
 * The sample board's workshops, written by hand from the seed documents in shared/seeds:
 * 000 (TWG meeting, 20 June 2017), 002 (INAFI/BASUG workshop, 24 February 2020),
 * 003 (13th LMTWG meeting, 26 April 2022) and 001 (BDUNNM e-bulletin, March 2023), whose
 * separate meetings each become a workshop. The Special Rapporteur's meeting with the BDUNNM on
 * 22 January 2023 is left out: the bulletin states no recommendation or commitment from it.
 */
import type { SampleWorkshop } from './sample-types';

const BULLETIN = '001_80ef488de9a8e8b3.txt — BDUNNM e-bulletin, March 2023';

export const SAMPLE_WORKSHOPS: readonly SampleWorkshop[] = [
  {
    id: '01900000-0000-7000-8000-0000000a0001',
    title:
      'Technical Working Group Meeting on Thematic Strategy Papers on Migration and Development',
    date: '2017-06-20',
    place: 'Pan Pacific Sonargaon Hotel, Dhaka',
    organiserIds: ['iom'],
    kind: 'twg_meeting',
    sourceRef:
      '000_86feef317d7116cf.txt — IOM Bangladesh news item on the TWG meeting held to support the Thematic Strategy Papers on Migration and Development',
    notes:
      'Presided by the TWG Co-Chairs, Ms. Nahida Sobhan (Director General, Multilateral Economic Affairs, MoFA) and Mr. Muzaffar Ahmed (Joint Secretary, MoEWOE), under the Global Joint Programme on Mainstreaming Migration into National Development Strategies supported by SDC. PRI drafts the thematic strategy papers; about 35 representatives of government, NGOs/CSOs, development partners and UN agencies took part.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0002',
    title:
      'Advancing Development through Partnership and Collective Action: Enriching Migration Cycle',
    date: '2020-02-24',
    place: 'BURO Bangladesh Conference Hall, Dhaka',
    organiserIds: ['inafi', 'basug', 'bcsm'],
    kind: 'workshop',
    sourceRef:
      '002_f547e3d14e0276fd.txt — INAFI Bangladesh report on the workshop, with four speakers on the stages of the migration cycle and an open discussion',
    notes:
      'Organised by INAFI Bangladesh Foundation and BASUG in collaboration with BCSM and BURO Bangladesh, and moderated by migration expert Mr. Asif Munier. The chief guest, Barrister Shameem Haider Patwary MP (Parliamentarians’ Caucus on Migration and Development), could not attend.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0003',
    title: '13th Labour Migration Technical Working Group (LMTWG) meeting',
    date: '2022-04-26',
    place: '',
    organiserIds: ['unwomen', 'iid'],
    kind: 'twg_meeting',
    sourceRef:
      '003_65fb863e5923b707.txt — news post “CSOs to Call for Measurable Commitment and Stronger Monitoring at the IMRF”',
    notes:
      'Co-organised by UN Women and IID; the LMTWG was chaired by Gitanjali Singh (UN Women) and co-chaired by Syeed Ahamed (IID). The meeting covered BDUNNM and TWG updates, CSO initiatives ahead of the IMRF and the 2022–2023 Workplan; the venue is not stated.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0004',
    title: 'Orientation on Migration and GCM for the Bangladesh Migration Compact Taskforce',
    date: '2022-07-31',
    place: 'Ministry of Foreign Affairs, Dhaka',
    organiserIds: ['mofa', 'moewoe'],
    kind: 'workshop',
    sourceRef: `${BULLETIN}, “Orientation to Bangladesh Migration Compact Taskforce on GCM”`,
    notes:
      'Organised by MoFA and MoEWOE with IOM support and opened by Foreign Secretary Ambassador Masud Bin Momen. The date is not stated: the bulletin places the orientation after the BMCT launch in July 2022 and credits its photo © IOM 2022, so 31 July 2022 (the end of the only month named) stands in for a date between July and December 2022.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0005',
    title:
      'CTiP Thematic Working Group meeting with the UN Special Rapporteur on Trafficking in Persons',
    date: '2022-10-31',
    place: '',
    organiserIds: ['ctip_twg'],
    kind: 'twg_meeting',
    sourceRef: `${BULLETIN}, “Counter Trafficking in Persons (CTiP) Thematic Working Group meetings with UN Special Rapporteur on Trafficking in Persons”`,
    notes:
      'Members of the BDUNNM Counter Trafficking in Persons TWG met the UN Special Rapporteur on Trafficking in Persons and presented the group’s initiatives. The venue is not stated.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0006',
    title: 'International Migrants’ Day multi-stakeholder consultation',
    date: '2022-12-18',
    place: 'Osmani Memorial Auditorium, Dhaka',
    organiserIds: ['moewoe'],
    kind: 'consultation',
    sourceRef: `${BULLETIN}, “International Migrants’ Day celebrated on 18 December 2022”`,
    notes:
      'Part of MoEWOE’s weeklong International Migrants’ Day celebration, which began on 17 December 2022; BMET, WEWB and PKB held further sessions from 19 to 23 December.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0007',
    title: 'First BDUNNM network meeting of 2023',
    date: '2023-01-16',
    place: '',
    organiserIds: ['bdunnm'],
    kind: 'network_meeting',
    sourceRef: `${BULLETIN}, “BDUNNM organizes the first meeting in 2023”`,
    notes:
      'Chaired by Mr. Abdusattor Esoev, IOM Chief of Mission and BDUNNM Coordinator; the network discussed future plans and heard TWG updates (CTiP TWG co-chaired by UNODC and DAM, LMTWG by IOM and RMMRU in 2023). The venue is not stated.',
  },
  {
    id: '01900000-0000-7000-8000-0000000a0008',
    title: 'First Labour Migration Technical Working Group (LMTWG) meeting of 2023',
    date: '2023-01-24',
    place: '',
    organiserIds: ['lmtwg'],
    kind: 'twg_meeting',
    sourceRef: `${BULLETIN}, “Update of the Labour Migration Technical Working Group”`,
    notes:
      'In 2023 the LMTWG, with 18 member organisations from UN agencies, NGOs and private organisations, is chaired by IOM and co-chaired by RMMRU. The bulletin states neither the venue nor the discussion in detail.',
  },
];
