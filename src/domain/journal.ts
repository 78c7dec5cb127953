import { z } from '../lib/zod';
import { ActivityEventSchema } from './activity-event';
import { IdSchema, InstantSchema } from './primitives';

/**
 * The tables every change is journaled for: the board's own data, which a backup carries and a
 * later sync would share. Device-only state (deviceMeta) and the journal itself are not.
 */
export const SYNCED_TABLES = [
  'boards',
  'columns',
  'workshops',
  'recommendations',
  'actionItems',
  'progressNotes',
  'actors',
  'savedViews',
] as const;
export const SyncedTableSchema = z.enum(SYNCED_TABLES);
export type SyncedTable = z.infer<typeof SyncedTableSchema>;

/** A stored row as it was or became: a plain object (validated by its table's schema). */
const RowSchema = z.record(z.string(), z.unknown());
export type StoredRow = z.infer<typeof RowSchema>;

/**
 * One row a transaction touched. No `before`: the row was new. No `after`: it was deleted
 * outright (tombstones are an `after` with `deletedAt` set).
 */
export const RowChangeSchema = z.object({
  table: SyncedTableSchema,
  key: z.string(),
  before: z.optional(RowSchema),
  after: z.optional(RowSchema),
});
export type RowChange = z.infer<typeof RowChangeSchema>;

/** A version of a row a merge set aside because the other version won (see merge-snapshot). */
export const DiscardedRowSchema = z.object({
  table: SyncedTableSchema,
  key: z.string(),
  row: RowSchema,
});
export type DiscardedRow = z.infer<typeof DiscardedRowSchema>;

/**
 * What a person did, as a message key and its values, so the label is worded in the reader's
 * language ("Moved “Empower embassies…” to In progress"), never stored as English.
 */
export const ACTION_KINDS = [
  'board.created',
  'card.created',
  'card.moved',
  'card.reordered',
  'card.edited',
  'card.archived',
  'card.restored',
  'card.deleted',
  'actionItem.added',
  'actionItem.edited',
  'actionItem.ticked',
  'actionItem.unticked',
  'actionItem.reordered',
  'actionItem.removed',
  'note.added',
  'column.added',
  'column.edited',
  'column.moved',
  'column.deleted',
  'workshop.added',
  'workshop.edited',
  'workshop.deleted',
  'actor.added',
  'actor.edited',
  'actor.removed',
  'view.saved',
  'view.renamed',
  'view.removed',
  'sample.removed',
  'board.cleared',
  'board.imported',
  'cards.bulkEdited',
  'undo',
  'redo',
  /** A write no repository named: still journaled, so nothing changes unseen. */
  'write',
  /** History kept from before the journal (schema v4): an activity event, shown as it was. */
  'legacy',
] as const;
export const ActionKindSchema = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKindSchema>;

export const ActionLabelSchema = z.object({
  kind: ActionKindSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ActionLabel = z.infer<typeof ActionLabelSchema>;

/** Who made a change: a person's action, its undo or redo, the app itself, or old history. */
export const JOURNAL_ORIGINS = ['user', 'undo', 'redo', 'system', 'legacy'] as const;
export type JournalOrigin = (typeof JOURNAL_ORIGINS)[number];

/**
 * One committed transaction: every row it touched, before and after, with the action that made
 * it. Append-only and insert-only, ordered by its time-ordered id: the card history, the
 * activity page and undo read it, and a later sync engine can read it as its change feed.
 */
export const JournalEntrySchema = z.object({
  id: IdSchema,
  boardId: IdSchema,
  at: InstantSchema,
  origin: z.enum(JOURNAL_ORIGINS),
  action: ActionLabelSchema,
  changes: z.array(RowChangeSchema),
  /** The cards whose history this entry belongs to (their rows, items or notes changed). */
  cardIds: z.array(z.string()),
  /** For an undo or a redo: the entry whose changes it reverted or re-applied. */
  revertsId: z.optional(IdSchema),
  /** For an undo or a redo: that entry's action, so its label can say what was undone. */
  revertedAction: z.optional(ActionLabelSchema),
  /** Origin 'legacy': the activity event the entry was made from, kept as it was. */
  legacy: z.optional(ActivityEventSchema),
  /** A merge: each row version that lost to another, kept so the card's history can show it. */
  discarded: z.optional(z.array(DiscardedRowSchema)),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** The cards a set of changes belongs to: changed cards, and the cards of changed items/notes. */
export function cardIdsOf(changes: readonly RowChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.table === 'recommendations') ids.add(change.key);
    else if (change.table === 'actionItems' || change.table === 'progressNotes') {
      const row = change.after ?? change.before;
      if (typeof row?.recommendationId === 'string') ids.add(row.recommendationId);
    }
  }
  return [...ids];
}

/** The board a set of changes belongs to: every stored row names it (a board row is its own). */
export function boardIdOf(changes: readonly RowChange[]): string | null {
  for (const change of changes) {
    const row = change.after ?? change.before;
    if (change.table === 'boards') return change.key;
    if (typeof row?.boardId === 'string') return row.boardId;
  }
  return null;
}
