import type { ActionItem } from '../action-item';
import { ranksBetween } from '../ordering';
import type { ProgressNote } from '../progress-note';
import type { Recommendation } from '../recommendation';
import { fitText } from './fit-text';
import { canonicalInstant, instantToCalendarDate } from './instant-to-date';
import { byPos, objectIdTime, type TrelloMappingContext } from './trello-mapping';
import type { TrelloBoard, TrelloChecklist } from './trello-schema';

type CardRecommendations = ReadonlyMap<string, Pick<Recommendation, 'id' | 'createdAt'>>;

/**
 * Every checklist item of an imported card becomes an action item, done when Trello says
 * complete. A card's checklists are laid end to end in Trello's order, so their items keep it.
 */
export function trelloActionItems(
  checklists: readonly TrelloChecklist[],
  recByCard: CardRecommendations,
  context: TrelloMappingContext,
): ActionItem[] {
  const byCard = new Map<string, TrelloChecklist[]>();
  for (const checklist of checklists) {
    if (!recByCard.has(checklist.idCard)) context.tally.add('checklists_on_missing_cards');
    else byCard.set(checklist.idCard, [...(byCard.get(checklist.idCard) ?? []), checklist]);
  }
  const items: ActionItem[] = [];
  for (const [cardId, cardChecklists] of byCard) {
    const rec = recByCard.get(cardId);
    if (!rec) continue;
    const checkItems = byPos(cardChecklists).flatMap((checklist) => byPos(checklist.checkItems));
    const kept = checkItems.filter((item) => item.name.trim() !== '');
    context.tally.add('empty_check_items', checkItems.length - kept.length);
    const ranks = ranksBetween(null, null, kept.length);
    kept.forEach((item, index) => {
      const text = fitText(item.name, 1000);
      if (text.shortened) context.tally.add('action_items_shortened');
      const createdAt = objectIdTime(item.id) ?? rec.createdAt;
      items.push({
        ...{ id: context.makeId(), boardId: context.boardId, createdAt, updatedAt: createdAt },
        ...{ deletedAt: null, recommendationId: rec.id, text: text.text, ownerActorId: null },
        dueDate: item.due ? instantToCalendarDate(item.due, context.timeZone) : null,
        done: item.state === 'complete',
        rank: ranks[index] ?? 'a0',
      });
    });
  }
  return items;
}

/** Comments on imported cards become progress notes, oldest first, signed by their author. */
export function trelloProgressNotes(
  board: TrelloBoard,
  recByCard: CardRecommendations,
  context: TrelloMappingContext,
): ProgressNote[] {
  const members = new Map((board.members ?? []).map((member) => [member.id, member]));
  const comments = (board.actions ?? [])
    .filter((action) => action.type === 'commentCard')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const notes: ProgressNote[] = [];
  for (const comment of comments) {
    const rec = recByCard.get(comment.data?.card?.id ?? '');
    if (!rec) {
      context.tally.add('comments_on_missing_cards');
      continue;
    }
    const text = fitText(comment.data?.text ?? '', 5000);
    if (text.text === '') {
      context.tally.add('empty_comments');
      continue;
    }
    if (text.shortened) context.tally.add('notes_shortened');
    const creator = comment.memberCreator ?? members.get(comment.idMemberCreator ?? '');
    const createdAt = canonicalInstant(comment.date) ?? context.now;
    notes.push({
      ...{ id: context.makeId(), boardId: context.boardId, createdAt, updatedAt: createdAt },
      ...{ deletedAt: null, recommendationId: rec.id, text: text.text, evidence: '' },
      date: instantToCalendarDate(createdAt, context.timeZone) ?? createdAt.slice(0, 10),
      author: fitText(creator?.fullName || creator?.username || '', 200).text,
    });
  }
  return notes;
}
