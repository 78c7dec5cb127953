import { z } from '../../lib/zod';
import { GcmObjectiveSchema, SdgTargetSchema } from '../global-framework-ids';
import { IdSchema } from '../primitives';
import { ResponseSchema } from '../response';
import { StageIdSchema } from '../taxonomy';
import {
  ActorRoleSchema,
  DueFilterStateSchema,
  FilterActorIdSchema,
  FilterLabelSchema,
  FilterQuerySchema,
  PriorityFilterSchema,
} from './board-filter';
import { GroupBySchema } from './lanes';
import {
  filterList,
  filterValue,
  list,
  type ParamCodec,
  single,
  type ViewParamProblem,
} from './param-codecs';
import { type CardSort, SortSchema } from './sort';
import { LaneKeySchema, ViewSchema, type ViewState, ViewStateSchema } from './view-state';

export type { ViewParamProblem } from './param-codecs';

/** Numbers typed by hand may use Bangla digits. */
function objectiveNumber(raw: string): unknown {
  const ascii = raw.replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - 0x09e6));
  return /^\d{1,2}$/.test(ascii) ? Number(ascii) : raw;
}

function encodeSort(sort: CardSort | null): string {
  return sort === null ? '' : `${sort.direction === 'desc' ? '-' : ''}${sort.key}`;
}

function decodeSort(raw: string): unknown {
  const desc = raw.startsWith('-');
  return { key: desc ? raw.slice(1) : raw, direction: desc ? 'desc' : 'asc' };
}

/**
 * The parameters, in the order they are written, so equal states give equal URLs. Lists of
 * vocabulary values, UUIDs and numbers are comma-separated (`stage=return,transit`); free
 * text (actors, labels, lane keys) takes one parameter per value. `sort=-dueDate` is
 * descending. Parameters not named here belong to someone else and are left alone.
 */
const PARAMS: readonly ParamCodec[] = [
  single(
    'view',
    ViewSchema,
    (s) => s.view,
    (d, v) => (d.state.view = v),
  ),
  single(
    'group',
    GroupBySchema,
    (s) => s.groupBy,
    (d, v) => (d.state.groupBy = v),
  ),
  single(
    'sort',
    SortSchema,
    (s) => encodeSort(s.sort),
    (d, v) => (d.state.sort = v),
    decodeSort,
  ),
  filterValue('q', 'query', FilterQuerySchema),
  filterList('workshop', 'workshopIds', IdSchema, ','),
  filterList('stage', 'stageIds', StageIdSchema, ','),
  filterList('actor', 'actorIds', FilterActorIdSchema, null),
  filterValue('role', 'actorRole', ActorRoleSchema),
  filterList('response', 'responses', ResponseSchema, ','),
  filterList('priority', 'priorities', PriorityFilterSchema, ','),
  filterList('label', 'labels', FilterLabelSchema, null),
  filterList('due', 'dueStates', DueFilterStateSchema, ','),
  filterList('gcm', 'gcmObjectives', GcmObjectiveSchema, ',', objectiveNumber),
  filterList('sdg', 'sdgTargets', SdgTargetSchema, ','),
  filterList('cards', 'cardIds', IdSchema, ','),
  single(
    'unactionable',
    z.literal('1'),
    (s) => (s.filter.notActionable ? '1' : ''),
    (d) => (d.filter.notActionable = true),
  ),
  list(
    'collapsed',
    LaneKeySchema,
    null,
    (s) => s.collapsedLanes,
    (d, v) => (d.state.collapsedLanes = v),
  ),
];

/** The view state as URL parameters: defaults left out, always in the same order. */
export function viewStateToSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const codec of PARAMS) {
    for (const value of codec.write(state)) params.append(codec.name, value);
  }
  return params;
}

/**
 * The view state a URL asks for. Never throws: a value that is not valid is dropped and
 * reported, and the rest of the state still applies.
 */
export function viewStateFromSearchParams(params: URLSearchParams): {
  state: ViewState;
  problems: ViewParamProblem[];
} {
  const draft = { state: {}, filter: {} };
  const problems: ViewParamProblem[] = [];
  for (const codec of PARAMS) {
    const values = params.getAll(codec.name);
    if (values.length > 0) codec.read(values, draft, problems);
  }
  return { state: ViewStateSchema.parse({ ...draft.state, filter: draft.filter }), problems };
}
