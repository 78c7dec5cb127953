import { z } from '../lib/zod';
import { ProgressNoteSchema } from './progress-note';

export const ProgressNoteInputSchema = z.pick(ProgressNoteSchema, {
  date: true,
  text: true,
  evidence: true,
  author: true,
});
export type ProgressNoteInput = z.input<typeof ProgressNoteInputSchema>;
