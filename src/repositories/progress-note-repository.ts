import type { RecboardDatabase } from '../db/database';
import { type ProgressNote, ProgressNoteSchema } from '../domain/progress-note';
import { type ProgressNoteInput, ProgressNoteInputSchema } from '../domain/progress-note-input';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { cardName, label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRows } from './parse-row';

/** Progress notes are evidence: insert-only, listed newest first. */
export function createProgressNoteRepository(db: RecboardDatabase, writer: JournalWriter) {
  return {
    async list(recommendationId: string): Promise<ProgressNote[]> {
      const rows = await db.progressNotes
        .where('recommendationId')
        .equals(recommendationId)
        .toArray();
      return parseRows(ProgressNoteSchema, 'progressNotes', rows)
        .filter((note) => note.deletedAt === null)
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    },

    async create(
      boardId: string,
      recommendationId: string,
      input: ProgressNoteInput,
    ): Promise<ProgressNote> {
      const fields = ProgressNoteInputSchema.parse(input);
      return writer.run(async () => {
        const at = nowIso();
        const note = ProgressNoteSchema.parse({
          ...fields,
          id: newId(),
          boardId,
          recommendationId,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.progressNotes.add(note);
        const card = await db.recommendations.get(recommendationId);
        return { result: note, action: label('note.added', { title: card ? cardName(card) : '' }) };
      });
    },
  };
}
