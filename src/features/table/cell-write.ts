import type { CardMove } from '../../domain/move-in-layout';
import { CalendarDateSchema } from '../../domain/primitives';
import type { Recommendation } from '../../domain/recommendation';
import type { RecommendationPatch } from '../../domain/recommendation-edit';
import { PrioritySchema, ResponseSchema } from '../../domain/response';

/** The columns edited in place. */
export type EditableColumnId = 'column' | 'response' | 'priority' | 'dueDate' | 'leadActor';

/** What committing an edit writes: a move (a new column), a patch, or nothing at all. */
export type CellWrite =
  | { kind: 'move'; move: CardMove }
  | { kind: 'patch'; patch: RecommendationPatch };

/** A card's value in a cell's editor: the select's or the date input's value ('' for none). */
export function cellValue(card: Recommendation, column: EditableColumnId): string {
  switch (column) {
    case 'column':
      return card.columnId;
    case 'response':
      return card.response;
    case 'priority':
      return card.priority ?? '';
    case 'dueDate':
      return card.dueDate ?? '';
    case 'leadActor':
      return card.leadActorId ?? '';
  }
}

function patchOf(
  card: Recommendation,
  column: EditableColumnId,
  value: string,
): RecommendationPatch | null {
  switch (column) {
    case 'column':
      return null;
    case 'response': {
      const response = ResponseSchema.safeParse(value);
      return response.success ? { response: response.data } : null;
    }
    case 'priority': {
      if (value === '') return { priority: null };
      const priority = PrioritySchema.safeParse(value);
      return priority.success ? { priority: priority.data } : null;
    }
    case 'dueDate': {
      if (value === '') return { dueDate: null };
      const date = CalendarDateSchema.safeParse(value);
      return date.success ? { dueDate: date.data } : null;
    }
    case 'leadActor':
      if (value === '') return { leadActorId: null };
      // The lead is one of the responsible actors: one chosen from outside them joins them.
      return card.actorIds.includes(value)
        ? { leadActorId: value }
        : { leadActorId: value, actorIds: [...card.actorIds, value] };
  }
}

/**
 * The one write an edit makes, or null when the value is unchanged or not valid. A new
 * column is a move to the end of that column, named by its last card (never an index).
 */
export function cellWrite(
  card: Recommendation,
  column: EditableColumnId,
  value: string,
  cardIdsByColumn: Readonly<Record<string, readonly string[]>>,
): CellWrite | null {
  if (value === cellValue(card, column)) return null;
  if (column === 'column') {
    if (!(value in cardIdsByColumn)) return null;
    const others = (cardIdsByColumn[value] ?? []).filter((id) => id !== card.id);
    const move = { id: card.id, toColumnId: value, afterId: others.at(-1) ?? null, beforeId: null };
    return { kind: 'move', move };
  }
  const patch = patchOf(card, column, value);
  return patch ? { kind: 'patch', patch } : null;
}
