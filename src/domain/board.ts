import type { z } from 'zod';
import { RecordMetaSchema, requiredTextSchema } from './primitives';

/** Every record belongs to a board, so a board can become a sync realm later. */
export const BoardSchema = RecordMetaSchema.omit({ boardId: true }).extend({
  name: requiredTextSchema(120),
});
export type Board = z.output<typeof BoardSchema>;

export { DEFAULT_BOARD_ID } from './default-board-id';
