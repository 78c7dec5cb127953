import type { ActionItem } from '../action-item';
import type { ProgressNote } from '../progress-note';
import type { Recommendation } from '../recommendation';
import type { SearchDocument } from './search-index';

type Live = { deletedAt: string | null };

/**
 * What the text search covers of a card: its text, title and raisedBy, and the text of its
 * live action items and progress notes. Upsert it again when any of them changes.
 */
export function cardSearchDocument(
  card: Pick<Recommendation, 'id' | 'text' | 'title' | 'raisedBy'>,
  actionItems: readonly (Pick<ActionItem, 'text'> & Live)[],
  progressNotes: readonly (Pick<ProgressNote, 'text'> & Live)[],
): SearchDocument {
  const fields = [card.text, card.title, card.raisedBy];
  for (const item of actionItems) if (item.deletedAt === null) fields.push(item.text);
  for (const note of progressNotes) if (note.deletedAt === null) fields.push(note.text);
  return { id: card.id, fields };
}
