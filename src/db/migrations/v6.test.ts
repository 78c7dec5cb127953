import { describe, expect, it } from 'vitest';
import { historyPartOf } from '../../domain/dashboard/history-entry';
import { defaultColumnId } from '../../domain/default-columns';
import type { JournalEntry } from '../../domain/journal';
import { createRepositories } from '../../repositories/repositories';
import { migrateFixture } from '../../testing/migration-harness';
import { createTestBoard } from '../../testing/test-database';
import type { RecboardDatabase } from '../database';
import { REWRITE_MARK_KEY } from '../journal-digest-copies';

const BOARD = '01900000-0000-7000-8000-000000000001';
const CARD = '01900000-0000-7000-8000-0000000b0001';
const NOTE = '01900000-0000-7000-8000-0000000d0001';
const TRIAGE = '01900000-0000-7000-8000-00000000c001';
const DONE = '01900000-0000-7000-8000-00000000c005';

const card = {
  id: CARD,
  boardId: BOARD,
  columnId: DONE,
  title: 'Reintegration plan',
  text: 'A comprehensive action plan for reintegration should be in place',
  stageIds: ['reintegration'],
  archivedAt: null,
  deletedAt: null,
};

/** Version 5's journal: a move (card rows whole), a note, and a column renamed. */
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
        before: { ...card, columnId: TRIAGE },
        after: card,
      },
    ],
    cardIds: [CARD],
  },
  {
    id: '01900000-0000-7000-8000-0000000e0002',
    boardId: BOARD,
    at: '2026-03-02T10:00:00.000Z',
    origin: 'user',
    action: { kind: 'note.added', params: {} },
    changes: [
      {
        table: 'progressNotes',
        key: NOTE,
        after: { id: NOTE, recommendationId: CARD, text: 'Banks consulted', deletedAt: null },
      },
    ],
    cardIds: [CARD],
  },
  {
    id: '01900000-0000-7000-8000-0000000e0003',
    boardId: BOARD,
    at: '2026-03-03T10:00:00.000Z',
    origin: 'user',
    action: { kind: 'column.edited', params: {} },
    changes: [
      {
        table: 'columns',
        key: DONE,
        before: { id: DONE, name: 'Done' },
        after: { id: DONE, name: 'Implemented' },
      },
    ],
    cardIds: [],
  },
];

const byId = (a: JournalEntry, b: JournalEntry) => (a.id < b.id ? -1 : 1);

/** The digest's rows but its rewrite mark (v7, db/journal-digest-copies.ts). */
async function digestEntries(db: RecboardDatabase) {
  return db.journalDigest.filter((row) => row.id !== REWRITE_MARK_KEY).toArray();
}

/** The digest is exactly the journal, each entry cut as the dashboard reads it. */
async function expectDigestOfJournal(db: RecboardDatabase) {
  const entries = await db.journal.toArray();
  expect(await digestEntries(db)).toEqual(entries.map(historyPartOf).sort(byId));
}

describe('v5 → v6: the journal gets a digest for the dashboard', () => {
  it('builds the digest of every entry already stored, and keeps the journal as it was', async () => {
    const db = await migrateFixture({ fromVersion: 5, toVersion: 6, fixture: { journal } });
    expect(await db.journal.toArray()).toEqual(journal);
    const digest = await db.journalDigest.toArray();
    expect(digest).toEqual(journal.map(historyPartOf));
    // Cut to places and notes: the card's text is gone, the column rename has no change left.
    expect(digest[0]?.changes).toEqual([
      {
        table: 'recommendations',
        key: CARD,
        before: { columnId: TRIAGE, archivedAt: null, deletedAt: null },
        after: { columnId: DONE, archivedAt: null, deletedAt: null },
      },
    ]);
    expect(digest[2]?.changes).toEqual([]);
    db.close();
  });

  it('builds the digest of a journal longer than one chunk of the upgrade', async () => {
    const [first] = journal;
    if (!first) throw new Error('no entry');
    // Ids in time order, as newId makes them: past the 2,000 entries the upgrade reads at once.
    const many = Array.from({ length: 2_345 }, (_, index) => ({
      ...first,
      id: `01900000-0000-7000-8000-${String(index).padStart(12, '0')}`,
    }));
    const db = await migrateFixture({ fromVersion: 5, toVersion: 6, fixture: { journal: many } });
    expect(await db.journalDigest.count()).toBe(many.length);
    expect(await db.journalDigest.toArray()).toEqual(many.map(historyPartOf));
    db.close();
  });

  it('keeps the digest with every journal write afterwards, in the same transaction', async () => {
    const db = await migrateFixture({ fromVersion: 5, toVersion: 6, fixture: { journal } });
    const repositories = createRepositories(db);
    await repositories.boardSetup.ensureBoard(BOARD, 'Board');
    const created = await repositories.recommendations.create(BOARD, {
      text: 'Bring banks on board to develop migrant-friendly reintegration packages',
      columnId: defaultColumnId('accepted'),
    });
    await repositories.progressNotes.create(BOARD, created.id, {
      date: '2026-03-04',
      text: 'Two banks met',
      evidence: '',
      author: 'Chair',
    });
    expect(await db.journal.count()).toBeGreaterThan(journal.length + 1);
    await expectDigestOfJournal(db);

    // A write that fails leaves neither its journal entry nor its digest.
    const before = await db.journalDigest.count();
    await expect(
      db.transaction('rw', db.recommendations, async () => {
        await db.recommendations.update(created.id, { title: 'Banks' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.journalDigest.count()).toBe(before);
    await expectDigestOfJournal(db);
    db.close();
  });

  it('follows a journal restored, put over, deleted or cleared (snapshot restore, bench)', async () => {
    const { db } = await createTestBoard();
    await db.transaction('rw', db.journal, async () => {
      await db.journal.clear();
      await db.journal.bulkPut(journal);
    });
    await expectDigestOfJournal(db);
    const [first] = journal;
    if (!first) throw new Error('no entry');
    await db.journal.put({ ...first, changes: [] });
    await db.journal.delete(journal[1]?.id ?? '');
    await expectDigestOfJournal(db);
    expect(await digestEntries(db)).toHaveLength(2);
    await db.journal.clear();
    expect(await digestEntries(db)).toHaveLength(0);
    db.close();
  });
});
