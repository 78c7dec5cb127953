import { z } from '../lib/zod';
import { ActionItemSchema } from './action-item';
import { ActorSchema } from './actor';
import { BoardSchema } from './board';
import { ColumnSchema } from './column';
import { JournalEntrySchema } from './journal';
import { ProgressNoteSchema } from './progress-note';
import { RecommendationSchema } from './recommendation';
import { WorkshopSchema } from './workshop';

/** Identifies a Recboard backup file, whatever its schema version. */
export const SNAPSHOT_FORMAT = 'recboard-snapshot';

/** Every synced table of a board, as rows. Device-only state is never part of a snapshot. */
export const SnapshotDataSchema = z.object({
  boards: z.array(BoardSchema),
  columns: z.array(ColumnSchema),
  workshops: z.array(WorkshopSchema),
  recommendations: z.array(RecommendationSchema),
  actionItems: z.array(ActionItemSchema),
  progressNotes: z.array(ProgressNoteSchema),
  /** The history: every change, before and after (schema v4; older files had `activity`). */
  journal: z.array(JournalEntrySchema),
  actors: z.array(ActorSchema),
});
export type SnapshotData = z.output<typeof SnapshotDataSchema>;

/**
 * The versioned envelope of every export: a reader can tell what the file is, refuse a newer
 * schema than it knows, and migrate an older one before validating the data.
 */
export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.int().check(z.positive()),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string(), version: z.string() }),
  data: SnapshotDataSchema,
});
export type Snapshot = z.output<typeof SnapshotSchema>;

export function snapshotFileName(exportedAt: string): string {
  return `recboard-backup-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
}
