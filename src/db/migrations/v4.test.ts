import { describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '../../domain/journal';
import { createRepositories } from '../../repositories/repositories';
import { migrateFixture } from '../../testing/migration-harness';
import { migrateRows } from '../schema-versions';

const BOARD = '01900000-0000-7000-8000-000000000001';
const CARD = '01900000-0000-7000-8000-0000000b0001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const DONE = '01900000-0000-7000-8000-00000000c005';

/** The card's history as version 3 logged it: events, not rows. */
const events = [
  {
    id: '01900000-0000-7000-8000-0000000e0002',
    boardId: BOARD,
    recommendationId: CARD,
    createdAt: '2026-03-02T09:00:00.000Z',
    type: 'moved',
    fromColumnId: TRIAGE,
    toColumnId: DONE,
  },
  {
    id: '01900000-0000-7000-8000-0000000e0001',
    boardId: BOARD,
    recommendationId: CARD,
    createdAt: '2026-03-01T10:00:00.000Z',
    type: 'created',
    columnId: TRIAGE,
  },
  {
    id: '01900000-0000-7000-8000-0000000e0003',
    boardId: BOARD,
    recommendationId: CARD,
    createdAt: '2026-03-03T09:00:00.000Z',
    type: 'edited',
    fields: ['title', 'dueDate'],
  },
];

describe('v3 → v4: the journal replaces the activity log', () => {
  it("keeps every event as a legacy journal entry, in time order, on its card's history", async () => {
    const db = await migrateFixture({
      fromVersion: 3,
      toVersion: 4,
      fixture: { activity: events },
    });
    expect(await db.activity.count()).toBe(0);
    const entries = await db.journal.orderBy('at').toArray();
    expect(entries.map((entry) => entry.legacy)).toEqual([events[1], events[0], events[2]]);
    for (const entry of entries) {
      expect(JournalEntrySchema.parse(entry)).toMatchObject({
        origin: 'legacy',
        boardId: BOARD,
        cardIds: [CARD],
        changes: [],
      });
    }
    const history = await createRepositories(db).journal.listForCard(CARD);
    expect(history.map((entry) => entry.legacy?.type)).toEqual(['edited', 'moved', 'created']);
    db.close();
  });

  it('migrates the same way a backup file from version 3', () => {
    const rows = migrateRows(3, { activity: events, recommendations: [] });
    expect(rows.activity).toEqual([]);
    expect(rows.journal).toHaveLength(3);
    expect(rows.recommendations).toEqual([]);
  });
});
