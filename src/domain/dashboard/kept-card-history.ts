import { type CardHistory, cardHistory } from './card-history';
import type { CardState } from './card-state';
import { journalStart } from './dashboard';
import type { DashboardCard } from './dashboard-input';
import type { HistoryEntry } from './history-entry';

/**
 * Every card's history with what it was made from, kept so that the next one can be made from
 * it (keptCardHistory). At 50,000 cards, making every history again was 150–200 ms of opening
 * the dashboard; the board and its journal seldom change much between two openings.
 */
export interface KeptCardHistory {
  /**
   * The journal it was made from. A later read of the same digest is a new array that starts
   * with these same entry objects (journal-history.ts, `readOn`); `journalLength` also catches
   * entries pushed onto this very array.
   */
  journal: readonly HistoryEntry[];
  /** How many entries `journal` had when the histories were made. */
  journalLength: number;
  /** The cards it was made for, by id: a card object is replaced, never changed, when it changes. */
  cards: ReadonlyMap<string, DashboardCard>;
  history: CardHistory;
  /** journalStart(journal): the journal's first day. */
  firstDay: string | undefined;
}

/**
 * Every card's history and the journal's first day, equal to cardHistory(journal, cards) and
 * journalStart(journal), made from `kept` where it can be. A card's history depends on that card
 * and the journal's entries about it alone, so a card held as the same object, that no entry
 * added since names, keeps its history; the others are made again in one pass over the
 * journal. A journal that is not `kept.journal` with entries added at its end (the digest was
 * rewritten, another board) makes every history again.
 */
export function keptCardHistory(
  journal: readonly HistoryEntry[],
  cards: readonly DashboardCard[],
  kept: KeptCardHistory | null,
): KeptCardHistory {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const added = kept === null ? null : entriesAdded(kept, journal);
  if (kept === null || added === null) {
    return {
      journal,
      journalLength: journal.length,
      cards: byId,
      history: cardHistory(journal, cards),
      firstDay: journalStart(journal),
    };
  }
  const named = cardsNamed(added);
  const stale = cards.filter((card) => kept.cards.get(card.id) !== card || named.has(card.id));
  const made = stale.length === 0 ? null : cardHistory(journal, stale);
  const history = new Map<string, readonly CardState[]>();
  for (const card of cards) {
    const states = made?.get(card.id) ?? kept.history.get(card.id);
    if (states === undefined) throw new Error(`No history was made for card ${card.id}`);
    history.set(card.id, states);
  }
  const firstDay = earlier(kept.firstDay, journalStart(added));
  return { journal, journalLength: journal.length, cards: byId, history, firstDay };
}

/**
 * The entries `now` has past the kept journal, when `now` is that journal with entries added
 * at its end (a new array or the same one); null when it is anything else.
 */
function entriesAdded(kept: KeptCardHistory, now: readonly HistoryEntry[]): HistoryEntry[] | null {
  const length = kept.journalLength;
  if (now.length < length) return null;
  if (now !== kept.journal) {
    for (let index = 0; index < length; index += 1) {
      if (now[index] !== kept.journal[index]) return null;
    }
  }
  return now.slice(length);
}

/** The cards whose history these entries may change: those cardHistory reads them for. */
function cardsNamed(entries: readonly HistoryEntry[]): Set<string> {
  const named = new Set<string>();
  for (const entry of entries) {
    if (entry.legacy !== undefined) named.add(entry.legacy.recommendationId);
    for (const change of entry.changes) {
      if (change.table === 'recommendations') named.add(change.key);
    }
  }
  return named;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
