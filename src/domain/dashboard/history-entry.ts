import { z } from '../../lib/zod';
import { ActivityEventSchema } from '../activity-event';
import {
  type JournalEntry,
  type RowChange,
  RowChangeSchema,
  type StoredRow,
  type SyncedTable,
} from '../journal';
import { InstantSchema } from '../primitives';

/**
 * A journal entry as the dashboard reads it: its instant, its id (which orders entries of the
 * same instant), its changes and its legacy event. The digest's rows are checked with this
 * schema, not the journal's: its other fields (the action, the origin, the cards) are never
 * read here, and checking them cost a third of the read at 10,000 cards. A journal entry is
 * one (it has more fields).
 */
export const HistoryEntrySchema = z.object({
  id: z.string(),
  at: InstantSchema,
  changes: z.array(RowChangeSchema),
  legacy: z.optional(ActivityEventSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/**
 * The fields of a changed row the dashboard reads, by table: a card's place (placeOfRow) and
 * a progress note's card and tombstone (notesSince). Other tables' changes say nothing the
 * dashboard counts.
 */
const FIELDS_READ: Partial<Record<SyncedTable, readonly string[]>> = {
  recommendations: ['columnId', 'archivedAt', 'deletedAt'],
  progressNotes: ['recommendationId', 'deletedAt'],
};

/**
 * An entry cut to what the dashboard reads of it: its instant, its legacy event and, of its
 * changes, the card places and progress notes. A journal entry holds each changed card whole
 * (its text, tags, dates); at 10,000 cards checking and posting those rows to the dashboard's
 * worker cost more than the figures themselves. Anything not of the expected shape is left as
 * it is, for the entry's schema to report.
 */
export function historyPartOf(entry: JournalEntry): JournalEntry {
  if (!Array.isArray(entry.changes)) return entry;
  const changes: RowChange[] = [];
  for (const change of entry.changes) {
    const fields = FIELDS_READ[change.table];
    if (fields === undefined) continue;
    const { before, after, ...rest } = change;
    changes.push({
      ...rest,
      ...(before === undefined ? {} : { before: pick(before, fields) }),
      ...(after === undefined ? {} : { after: pick(after, fields) }),
    });
  }
  const { discarded: _discarded, ...rest } = entry;
  return { ...rest, changes };
}

function pick(row: StoredRow, fields: readonly string[]): StoredRow {
  if (row === null || typeof row !== 'object') return row;
  const picked: StoredRow = {};
  for (const field of fields) {
    if (field in row) picked[field] = row[field];
  }
  return picked;
}
