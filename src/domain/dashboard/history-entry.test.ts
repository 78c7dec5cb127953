import { describe, expect, it } from 'vitest';
import { JournalEntrySchema } from '../journal';
import { computeDashboard } from './dashboard';
import { CARDS, COL } from './fixtures/board-fixture';
import { fixtureInput, JOURNAL, SINCE } from './fixtures/fixture-journal';
import { cardChange, cardRow, entry } from './fixtures/journal-builders';
import { HistoryEntrySchema, historyPartOf } from './history-entry';

describe('historyPartOf', () => {
  it('leaves every figure as the whole journal gives it', () => {
    const whole = fixtureInput();
    const cut = { ...whole, journal: JOURNAL.map(historyPartOf) };
    for (const options of [{ since: SINCE }, { unit: 'week' as const }]) {
      expect(computeDashboard(cut, options)).toEqual(computeDashboard(whole, options));
    }
  });

  it('keeps of a changed card its place only, and drops other tables', () => {
    const card = CARDS.fresh;
    const edit = entry('2026-01-05T10:00:00.000Z', 'card.edited', [
      cardChange(
        card,
        cardRow(card, { columnId: COL.triage }),
        cardRow(card, { columnId: COL.accepted }),
      ),
      { table: 'actionItems', key: 'item-1', after: { recommendationId: card.id, text: 'Call' } },
    ]);
    const [editCut] = [edit].map(historyPartOf);
    expect(editCut?.changes).toEqual([
      {
        table: 'recommendations',
        key: card.id,
        before: { columnId: COL.triage, archivedAt: null, deletedAt: null },
        after: { columnId: COL.accepted, archivedAt: null, deletedAt: null },
      },
    ]);
    const cut = [...JOURNAL, edit].map(historyPartOf);
    const rows = cut.flatMap((entry) => entry.changes.flatMap((change) => [change]));
    expect(rows.length).toBeGreaterThan(0);
    for (const change of rows) {
      expect(['recommendations', 'progressNotes']).toContain(change.table);
      for (const row of [change.before, change.after]) {
        if (row === undefined) continue;
        const allowed =
          change.table === 'recommendations'
            ? ['columnId', 'archivedAt', 'deletedAt']
            : ['recommendationId', 'deletedAt'];
        for (const field of Object.keys(row)) expect(allowed).toContain(field);
      }
    }
    for (const entry of cut) expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('lets a damaged entry through as it is, for its schema to refuse', () => {
    const damaged = { ...JOURNAL[0], changes: 'lost' } as unknown as (typeof JOURNAL)[number];
    expect(historyPartOf(damaged)).toBe(damaged);
  });
});

describe('HistoryEntrySchema', () => {
  it('keeps of an entry what the dashboard reads, and gives the same figures', () => {
    const read = JOURNAL.map((entry) => HistoryEntrySchema.parse(historyPartOf(entry)));
    for (const entry of read) {
      expect(Object.keys(entry).sort()).toEqual(
        entry.legacy === undefined ? ['at', 'changes', 'id'] : ['at', 'changes', 'id', 'legacy'],
      );
    }
    const whole = fixtureInput();
    expect(computeDashboard({ ...whole, journal: read }, { since: SINCE })).toEqual(
      computeDashboard(whole, { since: SINCE }),
    );
  });

  it('refuses an entry whose instant or changes are not what they must be', () => {
    const [first] = JOURNAL;
    if (!first) throw new Error('no entry');
    expect(HistoryEntrySchema.safeParse({ ...first, at: '31/02/2024' }).success).toBe(false);
    expect(HistoryEntrySchema.safeParse({ ...first, changes: 'lost' }).success).toBe(false);
    expect(
      HistoryEntrySchema.safeParse({ ...first, changes: [{ table: 'nowhere', key: 'a' }] }).success,
    ).toBe(false);
  });
});
