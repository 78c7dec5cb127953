import type { Recommendation } from '../recommendation';

const NOW = '2026-11-22T09:00:00.000Z';
let next = 0;

/** A stored card for tests, with every list empty and every choice unset unless given. */
export function testCard(fields: Partial<Recommendation> = {}): Recommendation {
  next += 1;
  return {
    id: `01900000-0000-7000-8000-${String(next).padStart(12, '0')}`,
    boardId: '01900000-0000-7000-8000-0000000000b0',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    workshopId: null,
    text: 'Bring banks on board to develop reintegration packages',
    title: '',
    raisedBy: '',
    sourceLocator: '',
    response: 'awaiting',
    columnId: '01900000-0000-7000-8000-0000000000c1',
    rank: 'a0',
    stageIds: [],
    actorIds: [],
    leadActorId: null,
    gcmObjectives: [],
    sdgTargets: [],
    priority: null,
    dueDate: null,
    labels: [],
    archivedAt: null,
    ...fields,
  };
}
