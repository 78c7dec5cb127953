import { z } from '../lib/zod';
import {
  CalendarDateSchema,
  IdSchema,
  RecordMetaSchema,
  requiredTextSchema,
  textSchema,
} from './primitives';

/** Evidence of progress on a recommendation. Insert-only history. */
export const ProgressNoteSchema = z.extend(RecordMetaSchema, {
  recommendationId: IdSchema,
  date: CalendarDateSchema,
  text: requiredTextSchema(5000),
  /** An evidence link or a document reference. */
  evidence: textSchema(1000),
  author: textSchema(200),
});
export type ProgressNote = z.output<typeof ProgressNoteSchema>;
