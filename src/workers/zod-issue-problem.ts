import type { FileProblem, ValueIssue } from '../domain/formats/snapshot-problem';
import { truncateGraphemes } from '../lib/text';
import type { z } from '../lib/zod';

type Issue = z.core.$ZodIssue;

/** What a zod issue means for the value it names, in the few words the UI has for it. */
function valueIssue(issue: Issue, value: unknown): ValueIssue {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'missing' : 'wrong_type';
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') return 'not_a_date';
      return issue.format === 'uuid' ? 'not_an_id' : 'invalid';
    case 'too_big':
      return 'too_long';
    case 'too_small':
      return 'too_short';
    case 'invalid_value':
    case 'invalid_union':
      return 'unknown_value';
    case 'custom':
      return issue.path.at(-1) === 'leadActorId' ? 'lead_not_responsible' : 'invalid';
    default:
      return 'invalid';
  }
}

/** A value as the message quotes it: text as it is, anything else as JSON, kept short. */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return truncateGraphemes(text, 80);
}

/** The value a path points at inside a row. */
function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value = row;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** The first issue of a row, as a problem naming its table, record (from 1), field and value. */
export function rowProblem(table: string, index: number, row: unknown, issue: Issue): FileProblem {
  const value = valueAt(row, issue.path);
  return {
    code: 'invalid_value',
    table,
    record: index + 1,
    field: issue.path.map(String).join('.'),
    value: value === undefined ? '' : quoteValue(value),
    issue: valueIssue(issue, value),
  };
}
