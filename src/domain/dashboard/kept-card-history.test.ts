import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardHistory } from './card-history';
import { journalStart } from './dashboard';
import type { DashboardCard } from './dashboard-input';
import { ALL_CARDS, CARDS, COL } from './fixtures/board-fixture';
import { JOURNAL } from './fixtures/fixture-journal';
import { moveEntry } from './fixtures/journal-builders';
import { keptCardHistory } from './kept-card-history';

/** The history and first day as made from nothing: what every kept history must equal. */
function madeAfresh(journal: typeof JOURNAL, cards: readonly DashboardCard[]) {
  const history = cardHistory(journal, cards);
  return { keys: [...history.keys()], history, firstDay: journalStart(journal) };
}

function expectAsMadeAfresh(
  made: ReturnType<typeof keptCardHistory>,
  journal: typeof JOURNAL,
  cards: readonly DashboardCard[],
) {
  const fresh = madeAfresh(journal, cards);
  // In the same order too: figures list a history's cards in its order.
  expect([...made.history.keys()]).toEqual(fresh.keys);
  expect(made.history).toEqual(fresh.history);
  expect(made.firstDay).toBe(fresh.firstDay);
}

type Read = 'extended' | 'copied' | 'reordered' | 'shrunk';

/** The journal a history was kept for, and the one read now, `part` being a cut of `whole`. */
function journalsOf(read: Read, whole: typeof JOURNAL, part: typeof JOURNAL) {
  if (read === 'shrunk') return { before: whole, journal: part };
  if (read === 'copied') return { before: part, journal: whole.map((entry) => ({ ...entry })) };
  if (read === 'reordered') return { before: part, journal: [...whole].reverse() };
  return { before: part, journal: whole };
}

describe('keptCardHistory', () => {
  it('makes every history from nothing when nothing is kept', () => {
    expectAsMadeAfresh(keptCardHistory(JOURNAL, ALL_CARDS, null), JOURNAL, ALL_CARDS);
  });

  it('keeps every history when neither the journal nor any card changed', () => {
    const kept = keptCardHistory(JOURNAL, ALL_CARDS, null);
    const again = keptCardHistory(JOURNAL, ALL_CARDS, kept);
    for (const card of ALL_CARDS) {
      expect(again.history.get(card.id)).toBe(kept.history.get(card.id));
    }
  });

  it('makes again only the histories of cards moved since, and keeps the rest', () => {
    const kept = keptCardHistory(JOURNAL, ALL_CARDS, null);
    const at = '2026-03-14T09:00:00.000Z';
    const journal = [...JOURNAL, moveEntry(at, CARDS.fresh, COL.triage, COL.accepted)];
    const cards = ALL_CARDS.map((card) =>
      card === CARDS.fresh ? { ...card, columnId: COL.accepted, updatedAt: at } : card,
    );
    const made = keptCardHistory(journal, cards, kept);
    expectAsMadeAfresh(made, journal, cards);
    expect(made.history.get(CARDS.fresh.id)).not.toEqual(kept.history.get(CARDS.fresh.id));
    expect(made.history.get(CARDS.backAndForth.id)).toBe(kept.history.get(CARDS.backAndForth.id));
  });

  it("makes a card's history again when only its object changed (its journal entries lost)", () => {
    const kept = keptCardHistory(JOURNAL, ALL_CARDS, null);
    const moved = { ...CARDS.fresh, columnId: COL.accepted, updatedAt: '2026-03-14T09:00:00.000Z' };
    const cards = ALL_CARDS.map((card) => (card === CARDS.fresh ? moved : card));
    expectAsMadeAfresh(keptCardHistory(JOURNAL, cards, kept), JOURNAL, cards);
  });

  it('makes every history again from a journal that does not extend the kept one', () => {
    const kept = keptCardHistory(JOURNAL, ALL_CARDS, null);
    // Read again after the digest was rewritten: equal entries, but new objects.
    const reread = JOURNAL.slice(1).map((entry) => ({ ...entry }));
    const made = keptCardHistory(reread, ALL_CARDS, kept);
    expectAsMadeAfresh(made, reread, ALL_CARDS);
    expect(made.history.get(CARDS.legacy.id)).not.toBe(kept.history.get(CARDS.legacy.id));
  });

  it('makes again the history of a card a new entry names, though its object is the same', () => {
    const kept = keptCardHistory(JOURNAL, ALL_CARDS, null);
    // The entry arrived before the card's new object did (the board not yet read again).
    const journal = [
      ...JOURNAL,
      moveEntry('2026-03-14T09:00:00.000Z', CARDS.fresh, COL.triage, COL.accepted),
    ];
    const made = keptCardHistory(journal, ALL_CARDS, kept);
    expectAsMadeAfresh(made, journal, ALL_CARDS);
    expect(made.history.get(CARDS.fresh.id)).not.toEqual(kept.history.get(CARDS.fresh.id));
  });

  it('finds the entries pushed onto the very array it was made from', () => {
    const journal = [...JOURNAL];
    const kept = keptCardHistory(journal, ALL_CARDS, null);
    journal.push(moveEntry('2026-03-14T09:00:00.000Z', CARDS.fresh, COL.triage, COL.accepted));
    const made = keptCardHistory(journal, ALL_CARDS, kept);
    expectAsMadeAfresh(made, journal, ALL_CARDS);
    expect(made.history.get(CARDS.fresh.id)).not.toEqual(kept.history.get(CARDS.fresh.id));
  });

  it('equals the history made afresh for any journal read again and any cards changed', () => {
    const AT = '2026-03-14T09:00:00.000Z';
    const changeOf = fc.constantFrom(
      'same',
      'copy',
      'moved',
      'new',
      'gone',
      'archived',
      'deleted',
      'restored',
    );
    // How the journal read now relates to the kept one, read at a random cut of it.
    const readOf = fc.constantFrom<Read>('extended', 'copied', 'reordered', 'shrunk');
    fc.assert(
      fc.property(
        fc.shuffledSubarray(JOURNAL, { minLength: 0 }),
        fc.nat(),
        readOf,
        fc.array(changeOf, { minLength: ALL_CARDS.length, maxLength: ALL_CARDS.length }),
        (whole, cut, read, changes) => {
          const part = whole.slice(0, cut % (whole.length + 1));
          const { before, journal } = journalsOf(read, whole, part);
          // The cards as the kept history saw them: a card first sent later was not among them,
          // a card restored since was archived then.
          const earlier = ALL_CARDS.flatMap((card, index): DashboardCard[] => {
            const change = changes[index];
            if (change === 'new') return [];
            if (change === 'restored') return [{ ...card, archivedAt: AT }];
            return [card];
          });
          const kept = keptCardHistory(before, earlier, null);
          const cards = ALL_CARDS.flatMap((card, index): DashboardCard[] => {
            const change = changes[index];
            if (change === 'copy') return [{ ...card }];
            if (change === 'moved') return [{ ...card, columnId: COL.noted }];
            if (change === 'archived') return [{ ...card, archivedAt: AT }];
            if (change === 'deleted') return [{ ...card, deletedAt: AT }];
            if (change === 'gone') return [];
            return [card];
          });
          expectAsMadeAfresh(keptCardHistory(journal, cards, kept), journal, cards);
        },
      ),
    );
  });
});
