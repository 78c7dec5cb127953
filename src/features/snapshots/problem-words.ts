import type { ImportProblem } from '../../domain/formats/import-problem';
import type { FileProblem } from '../../domain/formats/snapshot-problem';
import { SNAPSHOT_TABLES } from '../../domain/snapshot';
import type { I18n } from '../../i18n/i18n-context';

type T = I18n['t'];

function tableWords(table: string, t: T): string {
  return (SNAPSHOT_TABLES as readonly string[]).includes(table)
    ? t(`snapshots.table.${table as 'boards'}`)
    : table;
}

/** A file's problem in words, with the place it names: what is wrong, and where. */
export function problemWords(problem: FileProblem, t: T): string {
  switch (problem.code) {
    case 'csv':
      return csvProblemWords(problem.problem, t);
    case 'file_too_large':
      return t('snapshots.problem.file_too_large', {
        limit: Math.round(problem.limit / 1024 / 1024),
      });
    case 'not_json':
      return t('snapshots.problem.not_json', { line: problem.line, column: problem.column });
    case 'not_a_snapshot':
    case 'not_a_trello_board':
      return t(`snapshots.problem.${problem.code}`, { path: problem.path });
    case 'newer_version':
      return t('snapshots.problem.newer_version', {
        fileVersion: problem.fileVersion,
        appVersion: problem.appVersion,
      });
    case 'invalid_value':
      return t('snapshots.problem.invalid_value', {
        table: tableWords(problem.table, t),
        record: problem.record,
        field: problem.field,
        issue: t(`snapshots.issue.${problem.issue}`, { value: problem.value }),
      });
    case 'duplicate_id':
      return t('snapshots.problem.duplicate_id', {
        table: tableWords(problem.table, t),
        record: problem.record,
        id: problem.id,
      });
    case 'missing_reference':
      return t('snapshots.problem.missing_reference', {
        table: tableWords(problem.table, t),
        record: problem.record,
        field: problem.field,
        id: problem.id,
      });
    case 'more_problems':
      return t('snapshots.problem.more_problems', { count: problem.count });
    default:
      return t(`snapshots.problem.${problem.code}`);
  }
}

/**
 * Where a file's rows are counted: a spreadsheet's rows, or the lines of a Markdown report
 * (each card numbered by the line it starts on).
 */
export type RowUnit = 'row' | 'line';

/** A CSV problem: "Row 14, column ‘Due date’: ‘31/02/2024’ is not a date (left empty)". */
export function csvProblemWords(problem: ImportProblem, t: T, unit: RowUnit = 'row'): string {
  const what = t(`snapshots.csvProblem.${problem.code}`, {
    value: problem.value ?? '',
    limit: problem.limit ?? 0,
  });
  const effect = t(`snapshots.csvEffect.${problem.effect}`);
  if (problem.row === null) return `${what} ${effect}`;
  const place =
    problem.column === null
      ? rowWords(problem.row, t, unit)
      : t(unit === 'line' ? 'snapshots.csvPlace.lineCell' : 'snapshots.csvPlace.cell', {
          row: problem.row,
          column: problem.column,
        });
  return `${place}: ${what} ${effect}`;
}

/** "Row 14", or "Line 14" in a Markdown report. */
export function rowWords(row: number, t: T, unit: RowUnit): string {
  return t(unit === 'line' ? 'snapshots.csvPlace.line' : 'snapshots.csvPlace.row', { row });
}
