import { z } from '../../lib/zod';
import { BoardFilterSchema, FilterActorIdSchema } from './board-filter';
import { GroupBySchema } from './lanes';
import { SortSchema } from './sort';

export const VIEWS = ['board', 'table', 'dashboard'] as const;
export const ViewSchema = z.enum(VIEWS);
export type View = z.infer<typeof ViewSchema>;

/** A lane key as the URL keeps it: the same rules as an actor id (any non-empty text). */
export const LaneKeySchema = FilterActorIdSchema;

/**
 * What the person is looking at, kept in the URL so a link or a reload shows the same: the
 * filter, the swimlanes, the view, the table's sort and the lanes folded away. Every field
 * has a default, so `ViewStateSchema.parse({})` is the plain board.
 */
export const ViewStateSchema = z.object({
  filter: z.prefault(BoardFilterSchema, {}),
  groupBy: z._default(GroupBySchema, 'none'),
  view: z._default(ViewSchema, 'board'),
  /** The table's sort; null keeps board order. */
  sort: z._default(z.nullable(SortSchema), null),
  /** Lane keys (see laneKeysOf) the person folded; each once. */
  collapsedLanes: z._default(
    z.pipe(
      z.array(LaneKeySchema),
      z.transform((keys: string[]) => [...new Set(keys)]),
    ),
    () => [],
  ),
});
export type ViewState = z.output<typeof ViewStateSchema>;

export function defaultViewState(): ViewState {
  return ViewStateSchema.parse({});
}
