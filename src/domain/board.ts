import { z } from '../lib/zod';
import { RecordMetaSchema, requiredTextSchema } from './primitives';

/** Every record belongs to a board, so a board can become a sync realm later. */
export const BoardSchema = z.extend(z.omit(RecordMetaSchema, { boardId: true }), {
  name: requiredTextSchema(120),
});
export type Board = z.output<typeof BoardSchema>;

/** Recboard keeps one board today; its id is fixed so every device agrees on it. */
export const DEFAULT_BOARD_ID = '01900000-0000-7000-8000-000000000001';
