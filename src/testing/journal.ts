import type { RecboardDatabase } from '../db/database';
import type { JournalEntry } from '../domain/journal';
import type { Repositories } from '../repositories/repositories';

/** The journal entry written last (ids are time-ordered). */
export async function latestEntry(db: RecboardDatabase): Promise<JournalEntry> {
  const entry = await db.journal.orderBy('id').last();
  if (!entry) throw new Error('the journal is empty');
  return entry;
}

/** Undoes the action written last, as Ctrl+Z would. */
export async function undoLatest(db: RecboardDatabase, repositories: Repositories) {
  return repositories.journal.undo(await latestEntry(db));
}

/** The actions in a card's history, oldest first. */
export async function historyKinds(repositories: Repositories, cardId: string): Promise<string[]> {
  const entries = await repositories.journal.listForCard(cardId);
  return entries.map((entry) => entry.action.kind).reverse();
}
