import { describe, expect, it } from 'vitest';
import { historyPartOf } from '../../domain/dashboard/history-entry';
import type { JournalEntry } from '../../domain/journal';
import { keepHistoryCopy, readHistory } from '../../repositories/journal-history';
import { migrateFixture } from '../../testing/migration-harness';

const BOARD = '01900000-0000-7000-8000-000000000001';
const CARD = '01900000-0000-7000-8000-0000000b0001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const DONE = '01900000-0000-7000-8000-00000000c005';

/** Version 6's journal: one move, its card row whole. */
const journal: JournalEntry[] = [
  {
    id: '01900000-0000-7000-8000-0000000e0001',
    boardId: BOARD,
    at: '2026-03-01T10:00:00.000Z',
    origin: 'user',
    action: { kind: 'card.moved', params: { title: 'Reintegration plan' } },
    changes: [
      {
        table: 'recommendations',
        key: CARD,
        before: { id: CARD, columnId: TRIAGE, text: 'A plan', archivedAt: null, deletedAt: null },
        after: { id: CARD, columnId: DONE, text: 'A plan', archivedAt: null, deletedAt: null },
      },
    ],
    cardIds: [CARD],
  },
];

describe('v6 → v7: a table for copies of the journal digest', () => {
  it('keeps the journal and its digest, starts with no copy, and keeps the first one made', async () => {
    const db = await migrateFixture({
      fromVersion: 6,
      toVersion: 7,
      // Written at version 6, through the middleware that keeps the digest.
      fixture: { journal },
    });
    expect(await db.journal.toArray()).toEqual(journal);
    expect(await db.journalDigest.toArray()).toEqual(journal.map(historyPartOf));
    expect(await db.journalDigestCopies.count()).toBe(0);

    const read = await readHistory(db, BOARD);
    expect(read.entries.map((entry) => entry.id)).toEqual([journal[0]?.id]);
    if (!read.copy) throw new Error('no copy offered');
    await keepHistoryCopy(db, read.copy);
    expect(await db.journalDigestCopies.get(BOARD)).toMatchObject({
      count: 1,
      upTo: journal[0]?.id,
    });
    db.close();
  });
});
