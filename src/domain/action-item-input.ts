import type { z } from 'zod';
import { ActionItemSchema } from './action-item';

/** What a person types for an action item; the rest is derived. */
export const ActionItemInputSchema = ActionItemSchema.pick({
  text: true,
  ownerActorId: true,
  dueDate: true,
});
export type ActionItemInput = z.input<typeof ActionItemInputSchema>;

export const ActionItemPatchSchema = ActionItemSchema.pick({
  text: true,
  ownerActorId: true,
  dueDate: true,
  done: true,
}).partial();
export type ActionItemPatch = z.input<typeof ActionItemPatchSchema>;
