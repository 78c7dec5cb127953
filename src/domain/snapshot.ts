import { z } from '../lib/zod';
import { ActionItemSchema } from './action-item';
import { ActorSchema } from './actor';
import { BoardSchema } from './board';
import { ColumnSchema } from './column';
import { JournalEntrySchema } from './journal';
import { ProgressNoteSchema } from './progress-note';
import { leadActorIsResponsible, RecommendationFieldsSchema } from './recommendation';
import { SavedViewSchema } from './saved-view';
import { WorkshopSchema } from './workshop';

/** Identifies a Recboard backup file, whatever its schema version. */
export const SNAPSHOT_FORMAT = 'recboard-snapshot';

/*
 * Rows keep the fields this version does not know (z.looseObject), and so does the envelope:
 * a file written by a newer minor version of the app (same schema version, a new optional
 * field) goes through import and export without losing them. The known fields are checked as
 * strictly as the tables' own schemas check them.
 */
function loose<Shape extends z.core.$ZodShape>(schema: { shape: Shape }) {
  return z.looseObject(schema.shape);
}

/** Each table's row schema, loose: what an import checks row by row, naming the bad one. */
export const SNAPSHOT_ROW_SCHEMAS = {
  boards: loose(BoardSchema),
  columns: loose(ColumnSchema),
  workshops: loose(WorkshopSchema),
  recommendations: z.looseObject(RecommendationFieldsSchema.shape).check(leadActorIsResponsible()),
  actionItems: loose(ActionItemSchema),
  progressNotes: loose(ProgressNoteSchema),
  /** The history: every change, before and after (schema v4; older files had `activity`). */
  journal: loose(JournalEntrySchema),
  actors: loose(ActorSchema),
  /** Saved views (schema v5). */
  savedViews: loose(SavedViewSchema),
};
export type SnapshotTable = keyof typeof SNAPSHOT_ROW_SCHEMAS;
export const SNAPSHOT_TABLES = Object.keys(SNAPSHOT_ROW_SCHEMAS) as SnapshotTable[];

/** Every synced table of a board, as rows. Device-only state is never part of a snapshot. */
export const SnapshotDataSchema = z.looseObject({
  boards: z.array(SNAPSHOT_ROW_SCHEMAS.boards),
  columns: z.array(SNAPSHOT_ROW_SCHEMAS.columns),
  workshops: z.array(SNAPSHOT_ROW_SCHEMAS.workshops),
  recommendations: z.array(SNAPSHOT_ROW_SCHEMAS.recommendations),
  actionItems: z.array(SNAPSHOT_ROW_SCHEMAS.actionItems),
  progressNotes: z.array(SNAPSHOT_ROW_SCHEMAS.progressNotes),
  journal: z.array(SNAPSHOT_ROW_SCHEMAS.journal),
  actors: z.array(SNAPSHOT_ROW_SCHEMAS.actors),
  // Files from before schema v5 have none.
  savedViews: z._default(z.array(SNAPSHOT_ROW_SCHEMAS.savedViews), () => []),
});
export type SnapshotData = z.output<typeof SnapshotDataSchema>;

/**
 * The versioned envelope of every export: a reader can tell what the file is, refuse a newer
 * schema than it knows, and migrate an older one before validating the data.
 */
export const SnapshotSchema = z.looseObject({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.int().check(z.positive()),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.looseObject({ name: z.string(), version: z.string() }),
  data: SnapshotDataSchema,
});
export type Snapshot = z.output<typeof SnapshotSchema>;

export function snapshotFileName(exportedAt: string): string {
  return `recboard-backup-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
}
