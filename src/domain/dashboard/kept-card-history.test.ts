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

  it('equals the history made afresh for any journal extended and any cards changed, new or gone', () => {
    const changeOf = fc.constantFrom('same', 'copy', 'moved', 'new', 'gone');
    fc.assert(
      fc.property(
        fc.shuffledSubarray(JOURNAL, { minLength: 0 }),
        fc.nat(),
        fc.array(changeOf, { minLength: ALL_CARDS.length, maxLength: ALL_CARDS.length }),
        (journal, cut, changes) => {
          const before = journal.slice(0, cut % (journal.length + 1));
          // The cards as the kept history saw them: a card first sent later was not among them.
          const earlier = ALL_CARDS.filter((_card, index) => changes[index] !== 'new');
          const kept = keptCardHistory(before, earlier, null);
          const cards = ALL_CARDS.flatMap((card, index): DashboardCard[] => {
            const change = changes[index];
            if (change === 'copy') return [{ ...card }];
            if (change === 'moved') return [{ ...card, columnId: COL.noted }];
            if (change === 'gone') return [];
            return [card];
          });
          expectAsMadeAfresh(keptCardHistory(journal, cards, kept), journal, cards);
        },
      ),
    );
  });
});
