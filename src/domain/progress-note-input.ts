import type { z } from 'zod';
import { ProgressNoteSchema } from './progress-note';

export const ProgressNoteInputSchema = ProgressNoteSchema.pick({
  date: true,
  text: true,
  evidence: true,
  author: true,
});
export type ProgressNoteInput = z.input<typeof ProgressNoteInputSchema>;
