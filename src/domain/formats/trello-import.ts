import { newId } from '../../lib/ids';
import type { ActionItem } from '../action-item';
import type { Column } from '../column';
import { ranksBetween } from '../ordering';
import type { ProgressNote } from '../progress-note';
import type { Recommendation } from '../recommendation';
import { fitText } from './fit-text';
import { canonicalInstant, instantToCalendarDate } from './instant-to-date';
import { trelloActionItems, trelloProgressNotes } from './trello-card-parts';
import {
  byPos,
  objectIdTime,
  type TrelloImportOptions,
  type TrelloMappingContext,
} from './trello-mapping';
import { countBoardExtras, type NotCarried, NotCarriedTally } from './trello-not-carried';
import { type TrelloBoard, TrelloBoardSchema, type TrelloCard } from './trello-schema';

/** What the import would write: new rows, ready for one transaction, and what it leaves out. */
export interface TrelloImportPlan {
  columns: Column[];
  recommendations: Recommendation[];
  actionItems: ActionItem[];
  progressNotes: ProgressNote[];
  notCarried: NotCarried[];
}

export type TrelloParseResult =
  | { ok: true; board: TrelloBoard }
  | {
      ok: false;
      code: 'not_json' | 'not_a_trello_board';
      issues: { path: string; code: string }[];
    };

/** Reads a Trello JSON export; refuses text that is not JSON or not a Trello board. */
export function parseTrelloExport(text: string): TrelloParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not_json', issues: [] };
  }
  const parsed = TrelloBoardSchema.safeParse(json);
  if (parsed.success) return { ok: true, board: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
  }));
  return { ok: false, code: 'not_a_trello_board', issues };
}

/**
 * Lists become columns (in Trello's order), cards recommendations, checklist items action
 * items, comments progress notes. Archived lists still bring their cards, archived. Everything
 * else Trello holds is counted in `notCarried`.
 */
export function planTrelloImport(
  board: TrelloBoard,
  options: TrelloImportOptions,
): TrelloImportPlan {
  const context = {
    ...options,
    timeZone: options.timeZone ?? 'UTC',
    makeId: options.makeId ?? newId,
    tally: new NotCarriedTally(),
  };
  countBoardExtras(board, context.tally);
  const labelsById = new Map((board.labels ?? []).map((label) => [label.id, label]));
  const cardsByList = new Map<string, TrelloCard[]>();
  for (const card of board.cards)
    cardsByList.set(card.idList, [...(cardsByList.get(card.idList) ?? []), card]);
  const columns: Column[] = [];
  const recommendations: Recommendation[] = [];
  const recIdByCard = new Map<string, Recommendation>();

  const lists = byPos(board.lists);
  const columnRanks = ranksBetween(null, null, lists.length);
  lists.forEach((list, index) => {
    const created = objectIdTime(list.id) ?? options.now;
    const name = fitText(list.name, 80);
    if (name.shortened) context.tally.add('column_names_shortened');
    const column: Column = {
      ...{ id: context.makeId(), boardId: options.boardId, createdAt: created, updatedAt: created },
      ...{ deletedAt: null, name: name.text || list.id, rank: columnRanks[index] ?? 'a0' },
      ...{ kind: 'open', wipLimit: null },
    };
    columns.push(column);
    const cards = byPos(cardsByList.get(list.id) ?? []);
    const ranks = ranksBetween(null, null, cards.length);
    cards.forEach((card, cardIndex) => {
      const rank = ranks[cardIndex] ?? 'a0';
      const rec = cardToRecommendation(
        card,
        column.id,
        rank,
        list.closed === true,
        labelsById,
        context,
      );
      if (!rec) return;
      recommendations.push(rec);
      recIdByCard.set(card.id, rec);
    });
    cardsByList.delete(list.id);
  });
  for (const orphans of cardsByList.values())
    context.tally.add('cards_on_missing_lists', orphans.length);

  return {
    columns,
    recommendations,
    actionItems: trelloActionItems(board.checklists ?? [], recIdByCard, context),
    progressNotes: trelloProgressNotes(board, recIdByCard, context),
    notCarried: context.tally.list(),
  };
}

function cardToRecommendation(
  card: TrelloCard,
  columnId: string,
  rank: string,
  listClosed: boolean,
  labelsById: ReadonlyMap<string, { name?: string | null; color?: string | null }>,
  context: TrelloMappingContext,
): Recommendation | null {
  const { tally } = context;
  const desc = card.desc?.trim() ?? '';
  const text = fitText(desc === '' ? card.name : desc, 5000);
  if (text.text === '') {
    tally.add('cards_without_text');
    return null;
  }
  if (text.shortened) tally.add('texts_shortened');
  const title = fitText(card.name, 200);
  if (title.shortened) tally.add('titles_shortened');
  const createdAt = objectIdTime(card.id) ?? context.now;
  const lastActivity = canonicalInstant(card.dateLastActivity);
  const updatedAt = lastActivity !== null && lastActivity > createdAt ? lastActivity : createdAt;
  const archived = card.closed === true || listClosed;
  return {
    ...{ id: context.makeId(), boardId: context.boardId, createdAt, updatedAt, deletedAt: null },
    ...{ workshopId: null, text: text.text, title: title.text, raisedBy: '', sourceLocator: '' },
    ...{ response: 'awaiting', columnId, rank, stageIds: [], actorIds: [], leadActorId: null },
    ...{ gcmObjectives: [], sdgTargets: [], priority: null },
    dueDate: card.due ? instantToCalendarDate(card.due, context.timeZone) : null,
    labels: cardLabels(card, labelsById, context.tally),
    archivedAt: archived ? updatedAt : null,
  };
}

/** Each label by its name, or by its colour when it has none (Trello's unnamed labels). */
function cardLabels(
  card: TrelloCard,
  labelsById: ReadonlyMap<string, { name?: string | null; color?: string | null }>,
  tally: NotCarriedTally,
): string[] {
  const labels = card.labels ?? (card.idLabels ?? []).flatMap((id) => labelsById.get(id) ?? []);
  const out: string[] = [];
  for (const label of labels) {
    const fitted = fitText(label.name?.trim() || label.color || '', 60);
    if (fitted.shortened) tally.add('labels_shortened');
    if (fitted.text !== '' && !out.includes(fitted.text)) out.push(fitted.text);
  }
  return out;
}
