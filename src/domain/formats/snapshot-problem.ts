import type { ImportProblem } from './import-problem';

/** What a zod issue says about one value of a snapshot row, as the UI words it. */
export type ValueIssue =
  | 'missing'
  | 'wrong_type'
  | 'not_a_date'
  | 'not_an_id'
  | 'too_long'
  | 'too_short'
  | 'unknown_value'
  | 'lead_not_responsible'
  | 'invalid';

/**
 * Why a file cannot be imported, as a code and the place it names: the UI words it through
 * i18n ("recommendations, record 14, field 'dueDate': '2024-02-31' is not a date"). Records
 * count from 1, as a person counts them. A CSV problem keeps the CSV module's own shape.
 */
export type FileProblem =
  | { code: 'file_too_large'; limit: number }
  | { code: 'empty_file' }
  | { code: 'not_utf8' }
  /** JSON that stops early or breaks: where the reader gave up. */
  | { code: 'not_json'; line: number; column: number }
  | { code: 'unknown_format' }
  | { code: 'not_a_snapshot'; path: string }
  | { code: 'newer_version'; fileVersion: number; appVersion: number }
  | {
      code: 'invalid_value';
      table: string;
      record: number;
      field: string;
      value: string;
      issue: ValueIssue;
    }
  | { code: 'duplicate_id'; table: string; record: number; id: string }
  | { code: 'missing_reference'; table: string; record: number; field: string; id: string }
  | { code: 'png_without_snapshot' }
  | { code: 'damaged_png' }
  | { code: 'not_a_trello_board'; path: string }
  | { code: 'more_problems'; count: number }
  | { code: 'csv'; problem: ImportProblem };

/** A file refused for one reason: the list of one problem the UI shows. */
export function refused(problem: FileProblem): { ok: false; problems: FileProblem[] } {
  return { ok: false, problems: [problem] };
}

/** Past this many, a file's problems are summed up as one "and N more". */
export const MAX_LISTED_PROBLEMS = 20;

/** The first problems of a list, the rest counted. */
export function capProblems(problems: readonly FileProblem[]): FileProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return [...problems];
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS);
  return [...shown, { code: 'more_problems', count: problems.length - shown.length }];
}
