import { utcInstant } from './calendar';
import type { HistoryEntry } from './history-entry';

/** A journal entry with its instant in UTC toISOString form, so instants compare as strings. */
export interface DatedEntry {
  at: string;
  entry: HistoryEntry;
}

const before = (a: DatedEntry, b: DatedEntry) =>
  a.at < b.at || (a.at === b.at && a.entry.id < b.entry.id);

/** The journal oldest first (by instant, then by its time-ordered id). */
export function chronologicalJournal(journal: readonly HistoryEntry[]): DatedEntry[] {
  const dated = journal.map((entry) => ({ at: utcInstant(entry.at), entry }));
  // The journal is usually read in order already: check in one pass before paying for a sort.
  for (let index = 1; index < dated.length; index += 1) {
    const previous = dated[index - 1];
    const current = dated[index];
    if (previous && current && before(current, previous)) {
      return dated.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    }
  }
  return dated;
}
