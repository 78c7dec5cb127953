import { unparse } from 'papaparse';
import type { ActionItem } from '../action-item';
import type { ActionProgress } from '../action-progress';
import { countActionProgress } from '../action-progress';
import type { ActorRef } from '../actor';
import type { Column } from '../column';
import type { ProgressNote } from '../progress-note';
import type { Recommendation } from '../recommendation';
import type { Priority, Response } from '../response';
import type { StageId } from '../taxonomy';
import type { Workshop } from '../workshop';
import {
  CSV_EXPORT_FIELDS,
  type CsvExportField,
  LIST_SEPARATOR,
  NUMERIC_CSV_FIELDS,
} from './csv-fields';
import { neutraliseCell } from './csv-neutralise';

/** Words the caller chooses (English or Bangla): headers and vocabulary labels. */
export interface CsvExportLabels {
  headers: Readonly<Record<CsvExportField, string>>;
  stages: Readonly<Record<StageId, string>>;
  responses: Readonly<Record<Response, string>>;
  priorities: Readonly<Record<Priority, string>>;
}

/** The board's rows the export reads; the caller picks which recommendations, in which order. */
export interface CsvExportSource {
  recommendations: readonly Recommendation[];
  columns: readonly Pick<Column, 'id' | 'name'>[];
  workshops: readonly Pick<Workshop, 'id' | 'title' | 'date'>[];
  /** Built-in and user actors by id, as `actorDirectory` builds it. */
  actors: ReadonlyMap<string, Pick<ActorRef, 'abbr'>>;
  actionItems: readonly Pick<ActionItem, 'recommendationId' | 'done' | 'deletedAt'>[];
  progressNotes: readonly Pick<
    ProgressNote,
    'recommendationId' | 'date' | 'createdAt' | 'text' | 'deletedAt'
  >[];
}

export interface CsvChunk {
  /** Text to append to the file, in order; the first chunk starts with the BOM and header. */
  text: string;
  rowsDone: number;
  rowsTotal: number;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** About 500 rows take 3 to 5 ms to write: far under a 50 ms task on a slow laptop. */
export const DEFAULT_CSV_CHUNK_ROWS = 500;

/**
 * The CSV in chunks, so a caller on the main thread can yield between them (each chunk is one
 * short task); in a worker, `exportCsv` does it in one go. UTF-8 BOM (Excel needs it to read
 * Bangla), CRLF line ends and RFC 4180 quoting, formula-looking cells neutralised.
 */
export function* csvExportChunks(
  source: CsvExportSource,
  labels: CsvExportLabels,
  chunkRows = DEFAULT_CSV_CHUNK_ROWS,
): Generator<CsvChunk> {
  const rowsTotal = source.recommendations.length;
  const header = CSV_EXPORT_FIELDS.map((field) => neutraliseCell(labels.headers[field]));
  yield { text: `${BOM}${unparse([header], { newline: CRLF })}${CRLF}`, rowsDone: 0, rowsTotal };
  const lookups = buildLookups(source);
  const step = Math.max(1, Math.floor(chunkRows));
  for (let start = 0; start < rowsTotal; start += step) {
    const slice = source.recommendations.slice(start, start + step);
    const rows = slice.map((rec) => csvRow(rec, lookups, labels));
    const text = `${unparse(rows, { newline: CRLF })}${CRLF}`;
    yield { text, rowsDone: start + slice.length, rowsTotal };
  }
}

/** The whole CSV as one string. */
export function exportCsv(source: CsvExportSource, labels: CsvExportLabels): string {
  let out = '';
  for (const chunk of csvExportChunks(source, labels, Number.POSITIVE_INFINITY)) out += chunk.text;
  return out;
}

interface Lookups {
  columns: Map<string, string>;
  workshops: Map<string, Pick<Workshop, 'title' | 'date'>>;
  actors: ReadonlyMap<string, Pick<ActorRef, 'abbr'>>;
  progress: Map<string, ActionProgress>;
  latestNote: Map<string, Pick<ProgressNote, 'date' | 'createdAt' | 'text'>>;
}

function buildLookups(source: CsvExportSource): Lookups {
  const latestNote = new Map<string, Pick<ProgressNote, 'date' | 'createdAt' | 'text'>>();
  for (const note of source.progressNotes) {
    if (note.deletedAt !== null) continue;
    const current = latestNote.get(note.recommendationId);
    if (!current || isLater(note, current)) latestNote.set(note.recommendationId, note);
  }
  return {
    columns: new Map(source.columns.map((column) => [column.id, column.name])),
    workshops: new Map(source.workshops.map((workshop) => [workshop.id, workshop])),
    actors: source.actors,
    progress: countActionProgress(source.actionItems),
    latestNote,
  };
}

function isLater(a: Pick<ProgressNote, 'date' | 'createdAt'>, b: typeof a): boolean {
  return a.date > b.date || (a.date === b.date && a.createdAt > b.createdAt);
}

function csvRow(rec: Recommendation, lookups: Lookups, labels: CsvExportLabels): string[] {
  const workshop = rec.workshopId === null ? undefined : lookups.workshops.get(rec.workshopId);
  const actorName = (id: string) => lookups.actors.get(id)?.abbr ?? id;
  const progress = lookups.progress.get(rec.id) ?? { done: 0, total: 0 };
  const cells: Record<CsvExportField, string> = {
    workshop: workshop?.title ?? rec.workshopId ?? '',
    workshopDate: workshop?.date ?? '',
    text: rec.text,
    title: rec.title,
    column: lookups.columns.get(rec.columnId) ?? rec.columnId,
    response: labels.responses[rec.response],
    stages: rec.stageIds.map((id) => labels.stages[id]).join(LIST_SEPARATOR),
    actors: rec.actorIds.map(actorName).join(LIST_SEPARATOR),
    leadActor: rec.leadActorId === null ? '' : actorName(rec.leadActorId),
    gcmObjectives: rec.gcmObjectives.join(LIST_SEPARATOR),
    sdgTargets: rec.sdgTargets.join(LIST_SEPARATOR),
    priority: rec.priority === null ? '' : labels.priorities[rec.priority],
    dueDate: rec.dueDate ?? '',
    labels: rec.labels.join(LIST_SEPARATOR),
    actionItemsDone: String(progress.done),
    actionItemsTotal: String(progress.total),
    latestProgressNote: lookups.latestNote.get(rec.id)?.text ?? '',
    id: rec.id,
  };
  return CSV_EXPORT_FIELDS.map((field) =>
    neutraliseCell(cells[field], NUMERIC_CSV_FIELDS.has(field)),
  );
}
