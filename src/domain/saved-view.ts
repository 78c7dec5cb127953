import { z } from '../lib/zod';
import { RecordMetaSchema, requiredTextSchema } from './primitives';

/**
 * A named view of the board ("LMTWG – reintegration, overdue"): its filter, grouping, board or
 * table and sort, kept as the URL query that shows it, so opening one is following a link.
 */
export const SavedViewSchema = z.extend(RecordMetaSchema, {
  name: requiredTextSchema(120),
  /** The URL's query without its "?" (see domain/find/view-url.ts). */
  params: z.string().check(z.maxLength(4000)),
});
export type SavedView = z.output<typeof SavedViewSchema>;
