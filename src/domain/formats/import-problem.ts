/**
 * What an import found wrong, as codes: the UI words them through i18n. `row` counts as the
 * spreadsheet shows it (the header is row 1); file-wide problems have no row.
 */
export type ImportProblemCode =
  | 'file_too_large'
  | 'not_utf8'
  | 'empty_file'
  | 'no_data_rows'
  | 'no_text_column'
  | 'unclosed_quote'
  | 'malformed_quote'
  | 'wrong_field_count'
  | 'text_missing'
  | 'too_long'
  | 'not_a_date'
  | 'unknown_response'
  | 'unknown_priority'
  | 'not_a_gcm_objective'
  | 'not_an_sdg_target'
  | 'not_an_id'
  | 'duplicate_id'
  /** A Markdown report's line that is neither a card, its text, its details nor a section. */
  | 'line_not_read'
  /** A part of a report card's details that names no detail the report writes. */
  | 'unknown_detail';

/** What the import did about it: refused the file, left the row out, or left the value empty. */
export type ImportProblemEffect = 'file_refused' | 'row_skipped' | 'value_ignored';

export interface ImportProblem {
  code: ImportProblemCode;
  effect: ImportProblemEffect;
  /** 1-based, the header being row 1; null for the whole file. */
  row: number | null;
  /** The column's header as the file spells it. */
  column: string | null;
  value: string | null;
  /** The limit a `too_long` or `file_too_large` value went past (characters or bytes). */
  limit?: number;
}

export function fileProblem(code: ImportProblemCode, limit?: number): ImportProblem {
  const problem: ImportProblem = {
    code,
    effect: 'file_refused',
    row: null,
    column: null,
    value: null,
  };
  return limit === undefined ? problem : { ...problem, limit };
}
