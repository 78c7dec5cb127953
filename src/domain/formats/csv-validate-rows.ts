import type { SdgTarget } from '../global-framework-ids';
import type { Priority, Response } from '../response';
import type { StageId } from '../taxonomy';
import {
  type CellReader,
  readCell,
  readDate,
  readGcmObjectives,
  readId,
  readLabels,
  readSdgTargets,
  readText,
} from './csv-cell-readers';
import type { CsvImportField } from './csv-fields';
import { splitList } from './csv-fields';
import type { HeaderMapping } from './csv-header-match';
import type { CsvRecord, CsvTable } from './csv-import';
import { fileProblem, type ImportProblem } from './import-problem';
import {
  type ImportVocab,
  type NameRef,
  referenceResolver,
  type UnknownNames,
} from './import-references';
import { termLookup } from './term-lookup';

/**
 * One row, read and checked. References the board does not know keep their name with a null
 * id (and are listed in `unknown…`), so the UI can offer to create them first.
 */
export interface ImportRow {
  row: number;
  /** The card's id when the file carries a valid one (a Recboard export does). */
  id: string | null;
  text: string;
  title: string;
  raisedBy: string;
  sourceLocator: string;
  workshop: NameRef | null;
  workshopDate: string | null;
  column: NameRef | null;
  /** Null when the file says nothing: the caller's default applies. */
  response: Response | null;
  stages: NameRef<StageId>[];
  /** Includes the lead actor, who is always one of the responsible actors. */
  actors: NameRef[];
  leadActor: NameRef | null;
  gcmObjectives: number[];
  sdgTargets: SdgTarget[];
  priority: Priority | null;
  dueDate: string | null;
  labels: string[];
}

export interface ValidatedImport extends UnknownNames {
  rows: ImportRow[];
  /** The parser's problems and the rows', in row order. */
  problems: ImportProblem[];
}

/** The schema's length limits, checked here so a long value is named, not cut. */
const MAX = { text: 5000, title: 200, raisedBy: 300, sourceLocator: 300, label: 60 } as const;

export function validateRows(
  table: CsvTable,
  mapping: HeaderMapping,
  vocab: ImportVocab,
): ValidatedImport {
  const problems: ImportProblem[] = [...table.problems];
  const resolve = referenceResolver(vocab);
  const findResponse = termLookup(vocab.responses);
  const findPriority = termLookup(vocab.priorities);
  const seenIds = new Set<string>();
  const rows: ImportRow[] = [];
  const columnIndex = indexColumns(table.headers, mapping);
  if (mapping.text === undefined && mapping.title === undefined && table.records.length > 0) {
    problems.push(fileProblem('no_text_column'));
  } else {
    for (const record of table.records) {
      const reader = cellReader(record, columnIndex, mapping, problems);
      const title = readText(reader, 'title', MAX.title) ?? '';
      // A sheet with titles only still makes cards: the title becomes the text.
      const textFromTitle = reader.cell('text') === '';
      const text = textFromTitle ? title : readText(reader, 'text', MAX.text, 'row_skipped');
      if (text === null) continue;
      if (text === '') {
        reader.report('text', '', 'text_missing', 'row_skipped');
        continue;
      }
      const response = optionalTerm(reader, 'response', findResponse, 'unknown_response');
      const priority = optionalTerm(reader, 'priority', findPriority, 'unknown_priority');
      const actors = resolve.actors(splitList(reader.cell('actors')));
      const leadActor = resolve.lead(reader.cell('leadActor'), actors);
      const workshopDate = readDate(reader, 'workshopDate');
      rows.push({
        row: record.row,
        id: readId(reader, seenIds),
        text,
        title: textFromTitle ? '' : title,
        raisedBy: readText(reader, 'raisedBy', MAX.raisedBy) ?? '',
        sourceLocator: readText(reader, 'sourceLocator', MAX.sourceLocator) ?? '',
        workshop: resolve.workshop(reader.cell('workshop'), workshopDate),
        workshopDate,
        column: resolve.column(reader.cell('column')),
        response,
        stages: resolve.stages(splitList(reader.cell('stages'))),
        actors,
        leadActor,
        gcmObjectives: readGcmObjectives(reader),
        sdgTargets: readSdgTargets(reader),
        priority,
        dueDate: readDate(reader, 'dueDate'),
        labels: readLabels(reader, MAX.label),
      });
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows, problems, ...resolve.unknown() };
}

/** Where each mapped field's column is; a header named twice feeds its field from the first. */
function indexColumns(headers: readonly string[], mapping: HeaderMapping) {
  const index = new Map<CsvImportField, number>();
  for (const [field, header] of Object.entries(mapping) as [CsvImportField, string][]) {
    const at = headers.indexOf(header);
    if (at >= 0) index.set(field, at);
  }
  return index;
}

function cellReader(
  record: CsvRecord,
  columnIndex: ReadonlyMap<CsvImportField, number>,
  mapping: HeaderMapping,
  problems: ImportProblem[],
): CellReader {
  return {
    cell(field) {
      const index = columnIndex.get(field);
      return index === undefined ? '' : readCell(record.cells[index]);
    },
    report(field, value, code, effect = 'value_ignored', limit) {
      const problem: ImportProblem = {
        code,
        effect,
        row: record.row,
        column: mapping[field] ?? null,
        value,
      };
      problems.push(limit === undefined ? problem : { ...problem, limit });
    },
  };
}

function optionalTerm<T extends string>(
  reader: CellReader,
  field: CsvImportField,
  find: (name: string) => T | undefined,
  code: 'unknown_response' | 'unknown_priority',
): T | null {
  const value = reader.cell(field);
  if (value === '') return null;
  const term = find(value);
  if (term === undefined) reader.report(field, value, code);
  return term ?? null;
}
