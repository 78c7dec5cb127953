import { normalizeText } from '../lib/text';
import { z } from '../lib/zod';

/** Record ids are client-made UUIDs (v7 for new records); never auto-increment. */
export const IdSchema = z.uuid();

/** A reference to an actor: a built-in slug or a user actor's UUID. */
export const ActorIdSchema = z.string().check(z.minLength(1));

/** An ISO 8601 instant, used for event and record times. */
export const InstantSchema = z.iso.datetime({ offset: true });

/**
 * A calendar date (YYYY-MM-DD), used for due dates and meeting dates: a date, never an
 * instant, so it reads the same in Dhaka and in Geneva. Rejects impossible dates such as 31 Feb.
 */
export const CalendarDateSchema = z.iso.date();

/** Free text as typed or imported: NFC-normalised, trimmed. */
export function textSchema(max: number) {
  return z.pipe(
    z.pipe(z.string(), z.transform(normalizeText)),
    z.string().check(z.trim(), z.maxLength(max)),
  );
}

/** Required free text: NFC-normalised, trimmed, not empty. */
export function requiredTextSchema(max: number) {
  return z.pipe(
    z.pipe(z.string(), z.transform(normalizeText)),
    z.string().check(z.trim(), z.minLength(1), z.maxLength(max)),
  );
}

/** Fields every stored record carries, so a later sync engine can merge them. */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  boardId: IdSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  /** A tombstone: deletions that must travel in a merge mark the row instead of removing it. */
  deletedAt: z.nullable(InstantSchema),
});
