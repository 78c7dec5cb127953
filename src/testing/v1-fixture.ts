import type { Fixture } from './migration-harness';

const BOARD = '01900000-0000-7000-8000-000000000001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const WORKSHOP = '01900000-0000-7000-8000-0000000a0001';
const at = '2026-03-01T10:00:00.000Z';
const meta = { boardId: BOARD, createdAt: at, updatedAt: at, deletedAt: null };

/** A recommendation row exactly as version 1 stored it: no sourceLocator field. */
export function v1Recommendation(id: string, text: string) {
  return {
    id,
    ...meta,
    workshopId: null,
    text,
    title: '',
    raisedBy: 'Open discussion',
    response: 'awaiting',
    columnId: TRIAGE,
    rank: `a${id.slice(-1)}`,
    stageIds: ['reintegration'],
    actorIds: ['moewoe'],
    leadActorId: 'moewoe',
    gcmObjectives: [21],
    sdgTargets: ['10.7'],
    priority: 'high',
    dueDate: '2027-03-31',
    labels: ['reintegration'],
    archivedAt: null,
  };
}

/**
 * A small board as version 1 stored it, a row in every table a migration might read, for the
 * test that runs every migrator from version 1 to the latest.
 */
export const V1_BOARD: Fixture = {
  boards: [{ id: BOARD, name: 'Recommendations', createdAt: at, updatedAt: at, deletedAt: null }],
  columns: [{ id: TRIAGE, ...meta, name: 'To triage', rank: 'a0', kind: 'triage', wipLimit: null }],
  workshops: [
    {
      id: WORKSHOP,
      ...meta,
      title: 'Reintegration workshop',
      date: '2020-02-24',
      place: 'Dhaka',
      organiserIds: ['iom'],
      kind: 'workshop',
      sourceRef: '001',
      notes: '',
    },
  ],
  recommendations: [
    { ...v1Recommendation('01900000-0000-7000-8000-0000000b0001', 'A plan'), workshopId: WORKSHOP },
    v1Recommendation('01900000-0000-7000-8000-0000000b0002', 'রেমিট্যান্স প্রেরণে খরচ কমানো'),
  ],
  activity: [
    {
      id: '01900000-0000-7000-8000-0000000e0001',
      boardId: BOARD,
      recommendationId: '01900000-0000-7000-8000-0000000b0001',
      createdAt: at,
      type: 'created',
      columnId: TRIAGE,
    },
  ],
  deviceMeta: [{ key: 'sampleDataSeeded', value: true }],
};
