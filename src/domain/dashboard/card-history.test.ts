import { describe, expect, it } from 'vitest';
import { cardHistory } from './card-history';
import { CARDS, COL } from './fixtures/board-fixture';
import { JOURNAL } from './fixtures/fixture-journal';

const ALL = Object.values(CARDS);
const on = (at: string, columnId: string | null, archived = false) => ({ at, columnId, archived });

describe('cardHistory on the fixture', () => {
  const history = cardHistory(JOURNAL, ALL);

  it('follows moves back and forth', () => {
    expect(history.get(CARDS.backAndForth.id)).toEqual([
      on('2026-01-05T09:00:00.000Z', COL.triage),
      on('2026-01-20T09:00:00.000Z', COL.accepted),
      on('2026-02-10T09:00:00.000Z', COL.inProgress),
      on('2026-02-20T09:00:00.000Z', COL.implemented),
      on('2026-03-02T09:00:00.000Z', COL.inProgress),
    ]);
  });

  it('takes an undone move back', () => {
    expect(history.get(CARDS.undoneMove.id)).toEqual([
      on('2025-11-03T09:00:00.000Z', COL.accepted),
      on('2025-12-10T10:00:00.000Z', COL.implemented),
      on('2025-12-10T10:01:00.000Z', COL.accepted),
      on('2026-02-25T09:00:00.000Z', COL.implemented),
    ]);
  });

  it('keeps an archived card in its column, off the board', () => {
    expect(history.get(CARDS.archived.id)).toEqual([
      on('2025-10-01T09:00:00.000Z', COL.triage),
      on('2025-11-15T09:00:00.000Z', COL.implemented),
      on('2026-01-10T09:00:00.000Z', COL.implemented, true),
    ]);
  });

  it('ends a deleted card in no column', () => {
    expect(history.get(CARDS.deleted.id)).toEqual([
      on('2026-02-01T09:00:00.000Z', COL.accepted),
      on('2026-02-15T09:00:00.000Z', null),
    ]);
  });

  it('reads activity events kept from before the journal, then the journal', () => {
    expect(history.get(CARDS.legacy.id)).toEqual([
      on('2025-09-10T08:00:00.000Z', COL.triage),
      on('2025-10-20T08:00:00.000Z', COL.accepted),
      on('2025-12-01T09:00:00.000Z', COL.retired),
      on('2026-01-15T09:00:00.000Z', COL.inProgress),
    ]);
    expect(history.get(CARDS.legacyArchived.id)).toEqual([
      on('2025-10-12T08:00:00.000Z', COL.accepted),
      on('2025-10-20T09:00:00.000Z', COL.accepted, true),
      on('2025-11-05T09:00:00.000Z', COL.accepted),
    ]);
  });

  it('puts a card with no history in its column from its createdAt, in UTC', () => {
    expect(history.get(CARDS.noHistory.id)).toEqual([on('2026-01-01T01:30:00.000Z', COL.noted)]);
  });

  it('starts a history that opens with a move in the column moved from, at createdAt', () => {
    expect(history.get(CARDS.historyFromMove.id)).toEqual([
      on('2025-02-01T09:00:00.000Z', COL.triage),
      on('2026-03-10T09:00:00.000Z', COL.accepted),
    ]);
  });

  it('reads the journal in time order whatever order it is given in', () => {
    expect(cardHistory([...JOURNAL].reverse(), ALL)).toEqual(history);
  });
});

describe('cardHistory where the journal falls short', () => {
  it('ends every history where the card is now, dated by what changed it', () => {
    const moved = { ...CARDS.fresh, columnId: COL.accepted, updatedAt: '2026-03-13T08:00:00.000Z' };
    const gone = { ...CARDS.deleted, deletedAt: '2026-02-16T08:00:00.000Z' };
    // The journal saw both made, and neither the move nor the deletion.
    const made = JOURNAL.filter((entry) => entry.action.kind === 'card.created');
    const history = cardHistory(made, [moved, gone]);
    expect(history.get(moved.id)).toEqual([
      on('2026-03-12T09:00:00.000Z', COL.triage),
      on('2026-03-13T08:00:00.000Z', COL.accepted),
    ]);
    expect(history.get(gone.id)).toEqual([
      on('2026-02-01T09:00:00.000Z', COL.accepted),
      on('2026-02-16T08:00:00.000Z', null),
    ]);
  });

  it('archives a card with no history at its archivedAt', () => {
    const history = cardHistory([], [CARDS.archived]);
    expect(history.get(CARDS.archived.id)).toEqual([
      on('2025-10-01T09:00:00.000Z', COL.implemented),
      on('2026-01-10T09:00:00.000Z', COL.implemented, true),
    ]);
  });

  it('leaves out cards it is not given', () => {
    const history = cardHistory(JOURNAL, [CARDS.fresh]);
    expect([...history.keys()]).toEqual([CARDS.fresh.id]);
  });
});
