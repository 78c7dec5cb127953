import { deepEqual } from '../lib/deep-equal';
import type { JournalEntry, RowChange, StoredRow } from './journal';
import { EDITABLE_RECOMMENDATION_FIELDS } from './recommendation';
import type { RecommendationField } from './recommendation-edit';

/** A card's field as its history shows it: an editable field, or its place on the board. */
export type HistoryField = RecommendationField | 'archivedAt' | 'deletedAt';

const FIELDS = [
  ...(Object.keys(EDITABLE_RECOMMENDATION_FIELDS) as RecommendationField[]),
  'archivedAt',
  'deletedAt',
] as const satisfies readonly HistoryField[];

/**
 * One line of a card's history, derived from a journal entry: what changed, with the values
 * before and after (ids, dates and codes as stored; the screen words them).
 */
export type HistoryLine =
  | { kind: 'created'; columnId: unknown }
  | { kind: 'erased' }
  | { kind: 'field'; field: HistoryField; before: unknown; after: unknown }
  | { kind: 'reordered' }
  | { kind: 'itemAdded'; text: string }
  | { kind: 'itemRemoved'; text: string }
  | { kind: 'itemDone'; text: string; done: boolean }
  | { kind: 'itemText'; before: string; after: string }
  /** An action item's owner (an actor id) or due date (YYYY-MM-DD), null when it had none. */
  | { kind: 'itemOwner'; text: string; before: string | null; after: string | null }
  | { kind: 'itemDue'; text: string; before: string | null; after: string | null }
  | { kind: 'itemsReordered' }
  | { kind: 'noteAdded'; text: string }
  | { kind: 'noteRemoved'; text: string };

const text = (row: StoredRow | undefined) => (typeof row?.text === 'string' ? row.text : '');
const orNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function cardLines(change: RowChange): HistoryLine[] {
  const { before, after } = change;
  if (!before) return [{ kind: 'created', columnId: after?.columnId }];
  if (!after) return [{ kind: 'erased' }];
  const lines: HistoryLine[] = [];
  for (const field of FIELDS) {
    if (!deepEqual(before[field], after[field])) {
      lines.push({ kind: 'field', field, before: before[field], after: after[field] });
    }
  }
  if (lines.length === 0 && before.rank !== after.rank) lines.push({ kind: 'reordered' });
  return lines;
}

function itemLines(change: RowChange): HistoryLine[] {
  const { before, after } = change;
  if (!before || (before.deletedAt !== null && after?.deletedAt === null)) {
    return [{ kind: 'itemAdded', text: text(after) }];
  }
  if (!after || (after.deletedAt !== null && before.deletedAt === null)) {
    return [{ kind: 'itemRemoved', text: text(before) }];
  }
  const lines: HistoryLine[] = [];
  if (before.done !== after.done) {
    lines.push({ kind: 'itemDone', text: text(after), done: after.done === true });
  }
  if (before.text !== after.text) {
    lines.push({ kind: 'itemText', before: text(before), after: text(after) });
  }
  if (before.ownerActorId !== after.ownerActorId) {
    lines.push({
      kind: 'itemOwner',
      text: text(after),
      before: orNull(before.ownerActorId),
      after: orNull(after.ownerActorId),
    });
  }
  if (before.dueDate !== after.dueDate) {
    lines.push({
      kind: 'itemDue',
      text: text(after),
      before: orNull(before.dueDate),
      after: orNull(after.dueDate),
    });
  }
  if (lines.length === 0 && before.rank !== after.rank) lines.push({ kind: 'itemsReordered' });
  return lines;
}

function noteLines(change: RowChange): HistoryLine[] {
  const { before, after } = change;
  if (!before || (before.deletedAt !== null && after?.deletedAt === null)) {
    return [{ kind: 'noteAdded', text: text(after) }];
  }
  if (!after || after.deletedAt !== null) return [{ kind: 'noteRemoved', text: text(before) }];
  return [];
}

const belongsTo = (change: RowChange, cardId: string) => {
  if (change.table === 'recommendations') return change.key === cardId;
  const row = change.after ?? change.before;
  return row?.recommendationId === cardId;
};

/** What an entry changed on one card, line by line, in the order the rows were written. */
export function historyLines(entry: JournalEntry, cardId: string): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const reordered = new Set<string>();
  for (const change of entry.changes) {
    if (!belongsTo(change, cardId)) continue;
    const found =
      change.table === 'recommendations'
        ? cardLines(change)
        : change.table === 'actionItems'
          ? itemLines(change)
          : change.table === 'progressNotes'
            ? noteLines(change)
            : [];
    for (const line of found) {
      // Re-keyed neighbours of a moved item make one "reordered" line, not one each.
      if (line.kind === 'itemsReordered' || line.kind === 'reordered') {
        if (reordered.has(line.kind)) continue;
        reordered.add(line.kind);
      }
      lines.push(line);
    }
  }
  return lines;
}
