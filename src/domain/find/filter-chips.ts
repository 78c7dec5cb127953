import type { SdgTarget } from '../global-framework-ids';
import type { Response } from '../response';
import type { StageId } from '../taxonomy';
import type { ActorRole, BoardFilter, DueFilterState, PriorityFilterValue } from './board-filter';
import { isBlankQuery } from './search-key';

/**
 * One active value of a filter, as the UI shows it (a chip it can remove alone). Actor chips
 * carry the role so the UI can say "IOM (lead)".
 */
export type FilterChip =
  | { kind: 'workshop'; value: string }
  | { kind: 'stage'; value: StageId }
  | { kind: 'actor'; value: string; role: ActorRole }
  | { kind: 'response'; value: Response }
  | { kind: 'priority'; value: PriorityFilterValue }
  | { kind: 'label'; value: string }
  | { kind: 'due'; value: DueFilterState }
  | { kind: 'gcm'; value: number }
  | { kind: 'sdg'; value: SdgTarget }
  | { kind: 'not_actionable'; value: true }
  | { kind: 'query'; value: string }
  /** One chip for a list of chosen cards (a dashboard figure): the value is how many. */
  | { kind: 'cards'; value: number };

export type FilterChipKind = FilterChip['kind'];

/** The filter's active values, kind by kind in a fixed order, each kind's in its own order. */
export function filterChips(filter: BoardFilter): FilterChip[] {
  const role = filter.actorRole;
  return [
    ...filter.workshopIds.map((value) => ({ kind: 'workshop', value }) as const),
    ...filter.stageIds.map((value) => ({ kind: 'stage', value }) as const),
    ...filter.actorIds.map((value) => ({ kind: 'actor', value, role }) as const),
    ...filter.responses.map((value) => ({ kind: 'response', value }) as const),
    ...filter.priorities.map((value) => ({ kind: 'priority', value }) as const),
    ...filter.labels.map((value) => ({ kind: 'label', value }) as const),
    ...filter.dueStates.map((value) => ({ kind: 'due', value }) as const),
    ...filter.gcmObjectives.map((value) => ({ kind: 'gcm', value }) as const),
    ...filter.sdgTargets.map((value) => ({ kind: 'sdg', value }) as const),
    ...(filter.notActionable ? [{ kind: 'not_actionable', value: true } as const] : []),
    ...(isBlankQuery(filter.query) ? [] : [{ kind: 'query', value: filter.query } as const]),
    ...(filter.cardIds.length > 0
      ? [{ kind: 'cards', value: filter.cardIds.length } as const]
      : []),
  ];
}

/** How many values filter the board: what a "Filters (3)" badge counts. */
export function countActive(filter: BoardFilter): number {
  return filterChips(filter).length;
}

/** True when the filter lets every card through. */
export function isEmptyFilter(filter: BoardFilter): boolean {
  return countActive(filter) === 0;
}

function without<T>(values: readonly T[], value: T): T[] {
  return values.filter((each) => each !== value);
}

/** The filter without one chip's value; the others stay as they were. */
export function removeChip(filter: BoardFilter, chip: FilterChip): BoardFilter {
  switch (chip.kind) {
    case 'workshop':
      return { ...filter, workshopIds: without(filter.workshopIds, chip.value) };
    case 'stage':
      return { ...filter, stageIds: without(filter.stageIds, chip.value) };
    case 'actor': {
      const actorIds = without(filter.actorIds, chip.value);
      // A role with no actor left filters nothing; back to the default keeps URLs short.
      return { ...filter, actorIds, actorRole: actorIds.length > 0 ? filter.actorRole : 'any' };
    }
    case 'response':
      return { ...filter, responses: without(filter.responses, chip.value) };
    case 'priority':
      return { ...filter, priorities: without(filter.priorities, chip.value) };
    case 'label':
      return { ...filter, labels: without(filter.labels, chip.value) };
    case 'due':
      return { ...filter, dueStates: without(filter.dueStates, chip.value) };
    case 'gcm':
      return { ...filter, gcmObjectives: without(filter.gcmObjectives, chip.value) };
    case 'sdg':
      return { ...filter, sdgTargets: without(filter.sdgTargets, chip.value) };
    case 'not_actionable':
      return { ...filter, notActionable: false };
    case 'query':
      return { ...filter, query: '' };
    case 'cards':
      return { ...filter, cardIds: [] };
  }
}
