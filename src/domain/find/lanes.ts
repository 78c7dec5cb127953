import { z } from '../../lib/zod';
import type { Column } from '../column';
import type { Recommendation } from '../recommendation';
import { PRIORITIES, RESPONSES } from '../response';
import { STAGE_IDS } from '../taxonomy';
import type { Workshop } from '../workshop';

/** What the board's swimlanes group by; 'none' is one lane holding the whole board. */
export const GROUP_BYS = [
  'none',
  'stage',
  'actor',
  'lead_actor',
  'workshop',
  'priority',
  'response',
] as const;
export const GroupBySchema = z.enum(GROUP_BYS);
export type GroupBy = z.infer<typeof GroupBySchema>;

/** The lane of cards with no value (no stage, no actor…): always the last lane. */
export const NONE_LANE = 'none';
/** The one lane when the board is not grouped. */
export const ALL_LANE = 'all';

export type LaneCard = Pick<
  Recommendation,
  | 'id'
  | 'columnId'
  | 'stageIds'
  | 'actorIds'
  | 'leadActorId'
  | 'workshopId'
  | 'priority'
  | 'response'
>;

function orNone(values: readonly (string | null)[]): string[] {
  const keys = [...new Set(values.filter((value) => value !== null))];
  return keys.length > 0 ? keys : [NONE_LANE];
}

/** The lanes a card is in: one per stage (or actor) it has, the 'none' lane when it has none. */
export function laneKeysOf(card: LaneCard, groupBy: GroupBy): string[] {
  switch (groupBy) {
    case 'none':
      return [ALL_LANE];
    case 'stage':
      return orNone(card.stageIds);
    case 'actor':
      return orNone(card.actorIds);
    case 'lead_actor':
      return orNone([card.leadActorId]);
    case 'workshop':
      return orNone([card.workshopId]);
    case 'priority':
      return orNone([card.priority]);
    case 'response':
      return [card.response];
  }
}

export interface Lane {
  key: string;
  /** Card ids per column id (every column given, empty or not), in the order given. */
  cardIdsByColumn: Record<string, readonly string[]>;
  /** Cards in the lane; a card in two lanes counts in both. */
  count: number;
}

/** A lane while its lists are being filled: one list per column, by the column's position. */
interface BuiltLane {
  key: string;
  lists: string[][];
  count: number;
}

/** What orders the lanes of the open vocabularies, and whether empty lanes are wanted. */
export interface LaneOptions {
  /** The board's workshops: their lanes come newest first. */
  workshops?: readonly Pick<Workshop, 'id' | 'date'>[];
  /** Actor ids in the directory's order (built-in first, as withBuiltInActors lists them). */
  actorIds?: readonly string[];
  /**
   * Also the lanes no card is in, as drop targets: every stage, priority and response, the
   * workshops and actors given above, and the 'none' lane.
   */
  includeEmpty?: boolean;
}

function knownKeys(groupBy: GroupBy, options: LaneOptions): readonly string[] {
  switch (groupBy) {
    case 'none':
      return [ALL_LANE];
    case 'stage':
      return STAGE_IDS;
    case 'priority':
      return PRIORITIES;
    case 'response':
      return RESPONSES;
    case 'workshop':
      // Stable sort: workshops of one day keep the order given.
      return [...(options.workshops ?? [])]
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
        .map((workshop) => workshop.id);
    case 'actor':
    case 'lead_actor':
      return options.actorIds ?? [];
  }
}

/**
 * Groups the cards (given in board order) into lanes, each split by column. Lanes come in the
 * vocabulary's order (stages as the taxonomy lists them, responses as RESPONSES, priority high
 * to low, workshops newest first, actors in the order given); keys no list knows (a deleted
 * workshop) follow in the order cards show them; the 'none' lane is last. A card whose column
 * is not given is put in the triage column, as layoutBoard does.
 */
export function buildLanes(
  cards: readonly LaneCard[],
  groupBy: GroupBy,
  columns: readonly Pick<Column, 'id' | 'kind'>[],
  options: LaneOptions = {},
): Lane[] {
  const lanes = laneBuilder(groupBy, columns, options);
  const positionOf = new Map(columns.map((column, position) => [column.id, position]));
  const triage = columns.findIndex((column) => column.kind === 'triage');
  const fallback = triage >= 0 ? triage : columns.length > 0 ? 0 : undefined;
  for (const card of cards) {
    const position = positionOf.get(card.columnId) ?? fallback;
    if (position !== undefined) lanes.add(card, position);
  }
  return lanes.done();
}

/**
 * Fills lanes one card at a time, each card with the position of the column it shows in, then
 * lists them (buildLanes' order). A card's lane keys are visited where they are stored, with no
 * list made per card: grouping 10,000 cards is a pass the page makes cold, in the very event of
 * choosing the grouping, where every allocation counts.
 */
export function laneBuilder(
  groupBy: GroupBy,
  columns: readonly Pick<Column, 'id'>[],
  options: LaneOptions = {},
): { add: (card: LaneCard, columnPosition: number) => void; done: () => Lane[] } {
  const lanes = new Map<string, BuiltLane>();
  const laneOf = (key: string): BuiltLane => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, lists: columns.map(() => []), count: 0 };
      lanes.set(key, lane);
    }
    return lane;
  };
  const put = (key: string, id: string, position: number) => {
    const lane = laneOf(key);
    lane.lists[position]?.push(id);
    lane.count += 1;
  };
  /** A list of values (stages, actors): a lane per value, each once; none: the none lane. */
  const putEach = (keys: readonly string[], id: string, position: number) => {
    if (keys.length === 0) put(NONE_LANE, id, position);
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      if (keys.indexOf(key) === index) put(key, id, position);
    }
  };
  const known = knownKeys(groupBy, options);
  // Not grouped, the board is one lane even when it has no card.
  if (options.includeEmpty || groupBy === 'none') for (const key of known) laneOf(key);
  const add = (card: LaneCard, position: number) => {
    switch (groupBy) {
      case 'none':
        return put(ALL_LANE, card.id, position);
      case 'stage':
        return putEach(card.stageIds, card.id, position);
      case 'actor':
        return putEach(card.actorIds, card.id, position);
      case 'lead_actor':
        return put(card.leadActorId ?? NONE_LANE, card.id, position);
      case 'workshop':
        return put(card.workshopId ?? NONE_LANE, card.id, position);
      case 'priority':
        return put(card.priority ?? NONE_LANE, card.id, position);
      case 'response':
        return put(card.response, card.id, position);
    }
  };
  const done = (): Lane[] => {
    if (options.includeEmpty && groupBy !== 'none' && groupBy !== 'response') laneOf(NONE_LANE);
    const rank = new Map(known.map((key, index) => [key, index]));
    const last = known.length;
    const order = (key: string) => (key === NONE_LANE ? last + 1 : (rank.get(key) ?? last));
    // Array.prototype.sort is stable: unknown keys keep the order cards first showed them.
    return [...lanes.values()]
      .sort((a, b) => order(a.key) - order(b.key))
      .map(({ key, lists, count }) => {
        const cardIdsByColumn: Record<string, readonly string[]> = {};
        columns.forEach((column, position) => {
          cardIdsByColumn[column.id] = lists[position] ?? [];
        });
        return { key, cardIdsByColumn, count };
      });
  };
  return { add, done };
}
