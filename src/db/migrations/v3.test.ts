import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../repositories/repositories';
import { migrateFixture } from '../../testing/migration-harness';

const BOARD = '01900000-0000-7000-8000-000000000001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const at = '2026-03-01T10:00:00.000Z';

/** A recommendation row exactly as version 2 stored it. */
function v2Recommendation(n: number, state: { archivedAt?: string; deletedAt?: string } = {}) {
  return {
    id: `01900000-0000-7000-8000-0000000b000${n}`,
    boardId: BOARD,
    workshopId: null,
    text: `Recommendation ${n}`,
    title: '',
    raisedBy: '',
    sourceLocator: '',
    response: 'awaiting',
    columnId: TRIAGE,
    rank: `a${n}`,
    stageIds: [],
    actorIds: [],
    leadActorId: null,
    gcmObjectives: [],
    sdgTargets: [],
    priority: 'medium',
    dueDate: null,
    labels: [],
    archivedAt: state.archivedAt ?? null,
    createdAt: at,
    updatedAt: at,
    deletedAt: state.deletedAt ?? null,
  };
}

describe('v2 → v3: indexes that count a column without reading it', () => {
  it('keeps every row and counts only the cards on the board', async () => {
    const before = [
      v2Recommendation(1),
      v2Recommendation(2, { archivedAt: at }),
      v2Recommendation(3, { deletedAt: at }),
      v2Recommendation(4, { archivedAt: at, deletedAt: at }),
      v2Recommendation(5),
      v2Recommendation(6),
    ];
    const db = await migrateFixture({
      fromVersion: 2,
      toVersion: 3,
      fixture: { recommendations: before },
    });

    expect(await db.recommendations.orderBy('id').toArray()).toEqual(before);
    const firstScreen = await createRepositories(db).recommendations.listFirstScreen([TRIAGE], 2);
    expect(firstScreen.get(TRIAGE)?.count).toBe(3);
    expect(firstScreen.get(TRIAGE)?.cards.map((card) => card.text)).toEqual([
      'Recommendation 1',
      'Recommendation 5',
    ]);
    db.close();
  });
});
