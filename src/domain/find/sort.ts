import { z } from '../../lib/zod';
import { displayTitle, type Recommendation } from '../recommendation';
import { PRIORITIES, RESPONSES } from '../response';
import type { Workshop } from '../workshop';

/** What the table view sorts by. */
export const SORT_KEYS = [
  'title',
  'workshop',
  'column',
  'response',
  'priority',
  'dueDate',
  'leadActor',
  'updatedAt',
] as const;
export const SortKeySchema = z.enum(SORT_KEYS);
export type SortKey = z.infer<typeof SortKeySchema>;

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export const SortSchema = z.object({
  key: SortKeySchema,
  direction: z.enum(SORT_DIRECTIONS),
});
export type CardSort = z.output<typeof SortSchema>;

export type SortableCard = Pick<
  Recommendation,
  | 'title'
  | 'text'
  | 'workshopId'
  | 'columnId'
  | 'response'
  | 'priority'
  | 'dueDate'
  | 'leadActorId'
  | 'updatedAt'
>;

/** What sorting needs beyond the cards: names and orders the cards only refer to. */
export interface SortContext {
  /** The UI's locale ('en', 'bn'…): text is compared as people of that language expect. */
  locale: string;
  /** Workshops by id: sorted by date, then title. Cards of an unknown workshop sort last. */
  workshops?: ReadonlyMap<string, Pick<Workshop, 'title' | 'date'>>;
  /** Column ids in board order. */
  columnOrder?: readonly string[];
  /** The label each actor shows (its abbreviation), by id; an unknown id sorts by the id. */
  actorLabels?: ReadonlyMap<string, string>;
}

/** A card's sort value: compared part by part; null sorts last whichever the direction. */
export type SortValue = readonly (string | number)[] | null;

function rankIn(list: readonly string[], value: string | null): SortValue {
  const index = value === null ? -1 : list.indexOf(value);
  return index < 0 ? null : [index];
}

function sortValueOf(card: SortableCard, key: SortKey, context: SortContext): SortValue {
  switch (key) {
    case 'title':
      return [displayTitle(card).normalize('NFC')];
    case 'workshop': {
      const workshop =
        card.workshopId === null ? undefined : context.workshops?.get(card.workshopId);
      return workshop ? [Date.parse(workshop.date), workshop.title.normalize('NFC')] : null;
    }
    case 'column':
      return rankIn(context.columnOrder ?? [], card.columnId);
    case 'response':
      return rankIn(RESPONSES, card.response);
    case 'priority':
      return rankIn(PRIORITIES, card.priority);
    case 'dueDate':
      return card.dueDate === null ? null : [Date.parse(card.dueDate)];
    case 'leadActor':
      if (card.leadActorId === null) return null;
      return [(context.actorLabels?.get(card.leadActorId) ?? card.leadActorId).normalize('NFC')];
    case 'updatedAt':
      return [Date.parse(card.updatedAt)];
  }
}

/**
 * The cards in the table's order: stable (equal values keep the order given), text compared
 * with Intl.Collator in the caller's locale on NFC text, numbers inside text in numeric order,
 * cards without a value last in both directions. Priority ascends from high to low.
 */
export function sortCards<T extends SortableCard>(
  cards: readonly T[],
  sort: CardSort,
  context: SortContext,
): T[] {
  const order = sortedOrder(sortValuesOf(cards, sort.key, context), sort.direction, context.locale);
  return order.map((index) => cards[index] as T);
}

/** What a worker is asked to sort: the cards' values (sortValuesOf), the direction, the locale. */
export interface SortOrderRequest {
  values: SortValue[];
  direction: CardSort['direction'];
  locale: string;
}

/** Each card's sort value, in the cards' order: what sortedOrder compares (plain data). */
export function sortValuesOf(
  cards: readonly SortableCard[],
  key: SortKey,
  context: SortContext,
): SortValue[] {
  return cards.map((card) => sortValueOf(card, key, context));
}

/**
 * The indexes of `values` in sorted order (see sortCards). Plain data in, plain data out, so a
 * worker can sort a large table while the page answers input.
 */
export function sortedOrder(
  values: readonly SortValue[],
  direction: CardSort['direction'],
  locale: string,
): number[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const compareParts = (a: readonly (string | number)[], b: readonly (string | number)[]) => {
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x === y || x === undefined || y === undefined) continue;
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  };
  const order = values.map((_, index) => index);
  // Array.prototype.sort is stable: equal values keep the order given.
  order.sort((a, b) => {
    const x = values[a] ?? null;
    const y = values[b] ?? null;
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * compareParts(x, y);
  });
  return order;
}
