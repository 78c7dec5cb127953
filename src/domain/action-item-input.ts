import { z } from '../lib/zod';
import { ActionItemSchema } from './action-item';

/** What a person types for an action item; the rest is derived. */
export const ActionItemInputSchema = z.pick(ActionItemSchema, {
  text: true,
  ownerActorId: true,
  dueDate: true,
});
export type ActionItemInput = z.input<typeof ActionItemInputSchema>;

export const ActionItemPatchSchema = z.partial(
  z.pick(ActionItemSchema, { text: true, ownerActorId: true, dueDate: true, done: true }),
);
export type ActionItemPatch = z.input<typeof ActionItemPatchSchema>;
