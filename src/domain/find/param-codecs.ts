import type { z } from '../../lib/zod';
import type { BoardFilter } from './board-filter';
import { type ViewState, ViewStateSchema } from './view-state';

/** A URL parameter that was dropped, for the UI to word (or ignore) later. */
export interface ViewParamProblem {
  param: string;
  value: string;
  code: 'invalid_value' | 'repeated_param';
}

/** What the parameters said, each value checked; ViewStateSchema checks the whole at the end. */
export interface Draft {
  state: Record<string, unknown>;
  filter: Record<string, unknown>;
}

/** How one URL parameter is written from the state and read back into a draft. */
export interface ParamCodec {
  name: string;
  write(state: ViewState): string[];
  read(values: readonly string[], draft: Draft, problems: ViewParamProblem[]): void;
}

const identity = (raw: string): unknown => raw;

/** One value, written only when it differs from the default state's. */
export function single(
  name: string,
  schema: z.ZodMiniType,
  encode: (state: ViewState) => string,
  assign: (draft: Draft, value: unknown) => void,
  decode = identity,
): ParamCodec {
  const fallback = encode(ViewStateSchema.parse({}));
  return {
    name,
    write: (state) => {
      const value = encode(state);
      return value === fallback ? [] : [value];
    },
    read: (values, draft, problems) => {
      const [first, ...rest] = values;
      for (const value of rest) problems.push({ param: name, value, code: 'repeated_param' });
      if (first === undefined) return;
      const parsed = schema.safeParse(decode(first));
      if (parsed.success) assign(draft, parsed.data);
      else problems.push({ param: name, value: first, code: 'invalid_value' });
    },
  };
}

/**
 * A list: comma-separated where no value can hold a comma (vocabularies, UUIDs, numbers),
 * else one parameter per value. Bad values are dropped one by one; the good ones stay.
 */
export function list(
  name: string,
  item: z.ZodMiniType,
  separator: ',' | null,
  get: (state: ViewState) => readonly unknown[],
  assign: (draft: Draft, values: unknown[]) => void,
  decode = identity,
): ParamCodec {
  return {
    name,
    write: (state) => {
      const values = get(state).map(String);
      if (values.length === 0) return [];
      return separator ? [values.join(separator)] : values;
    },
    read: (values, draft, problems) => {
      const raws = separator ? values.flatMap((value) => value.split(separator)) : values;
      const parsed: unknown[] = [];
      for (const raw of raws) {
        const result = item.safeParse(decode(raw));
        if (result.success) parsed.push(result.data);
        else if (raw !== '') problems.push({ param: name, value: raw, code: 'invalid_value' });
      }
      if (parsed.length > 0) assign(draft, parsed);
    },
  };
}

type ListKey = {
  [K in keyof BoardFilter]: BoardFilter[K] extends readonly unknown[] ? K : never;
}[keyof BoardFilter];

/** A list of the filter, written under `name`. */
export function filterList(
  name: string,
  key: ListKey,
  item: z.ZodMiniType,
  separator: ',' | null,
  decode = identity,
): ParamCodec {
  const assign = (draft: Draft, values: unknown[]) => {
    draft.filter[key] = values;
  };
  return list(name, item, separator, (state) => state.filter[key], assign, decode);
}

/** A single value of the filter, written under `name` unless it is the default. */
export function filterValue(
  name: string,
  key: 'query' | 'actorRole',
  schema: z.ZodMiniType,
): ParamCodec {
  const assign = (draft: Draft, value: unknown) => {
    draft.filter[key] = value;
  };
  return single(name, schema, (state) => state.filter[key], assign);
}
