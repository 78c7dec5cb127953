import { deepEqual } from '../lib/deep-equal';
import type { HistoryField } from './card-history';
import type { JournalEntry, StoredRow } from './journal';
import { EDITABLE_RECOMMENDATION_FIELDS } from './recommendation';

/** One value of the version a merge set aside, where it differs from the version kept. */
export type SetAsideLine =
  | { kind: 'field'; field: HistoryField; value: unknown }
  | { kind: 'item'; text: string };

const FIELDS = [
  ...(Object.keys(EDITABLE_RECOMMENDATION_FIELDS) as HistoryField[]),
  'archivedAt',
  'deletedAt',
] as const;

/**
 * What a merge set aside of one card (see JournalEntry.discarded): the fields of the losing
 * version that differ from the kept one, and the text of its items and notes that lost. The
 * kept version is the entry's own change when the file's version won; when this board's
 * version won it is the row the entry left untouched, which the caller may pass. Null: the
 * entry set nothing of this card aside.
 */
export function setAsideLines(
  entry: JournalEntry,
  cardId: string,
  keptCard?: StoredRow,
): SetAsideLine[] | null {
  const lines: SetAsideLine[] = [];
  let found = false;
  for (const { table, key, row } of entry.discarded ?? []) {
    if (table === 'recommendations' && key === cardId) {
      found = true;
      const kept =
        entry.changes.find((change) => change.table === table && change.key === key)?.after ??
        keptCard;
      for (const field of FIELDS) {
        if (!kept || !deepEqual(row[field], kept[field])) {
          if (kept || field === 'title' || field === 'text')
            lines.push({ kind: 'field', field, value: row[field] });
        }
      }
    } else if (row.recommendationId === cardId && typeof row.text === 'string') {
      found = true;
      lines.push({ kind: 'item', text: row.text });
    }
  }
  return found ? lines : null;
}
