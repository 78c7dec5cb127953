import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../repositories/repositories';
import { migrateFixture } from '../../testing/migration-harness';

const BOARD = '01900000-0000-7000-8000-000000000001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const at = '2026-03-01T10:00:00.000Z';

const column = {
  id: TRIAGE,
  boardId: BOARD,
  name: 'To triage',
  rank: 'a0',
  wipLimit: null,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
};

describe('v4 → v5: saved views get a table of their own', () => {
  it('keeps the rows of version 4, and a view saved afterwards is listed and journaled', async () => {
    const db = await migrateFixture({
      fromVersion: 4,
      toVersion: 5,
      fixture: { columns: [column] },
    });
    expect(await db.columns.toArray()).toEqual([column]);
    expect(await db.savedViews.count()).toBe(0);

    const repositories = createRepositories(db);
    const saved = await repositories.savedViews.create(BOARD, 'Overdue', 'due=overdue');
    expect((await repositories.savedViews.list(BOARD)).map((view) => view.name)).toEqual([
      'Overdue',
    ]);
    const entries = await db.journal.toArray();
    const entry = entries.find((e) => e.action.kind === 'view.saved');
    expect(entry?.changes.map((change) => [change.table, change.key])).toEqual([
      ['savedViews', saved.id],
    ]);
    db.close();
  });
});
