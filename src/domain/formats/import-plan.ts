import type { ActionLabel } from '../journal';
import type { Snapshot } from '../snapshot';
import type { ExtraHeaderNames, HeaderMapping } from './csv-header-match';
import type { ImportRow } from './csv-validate-rows';
import type { ImportProblem } from './import-problem';
import type { ImportVocab, UnknownNames } from './import-references';
import type { ReportWords } from './markdown-import';
import type { MergeCounts } from './merge-snapshot';
import type { FileProblem } from './snapshot-problem';
import type { TrelloImportPlan } from './trello-import';
import type { TrelloImportOptions } from './trello-mapping';

/*
 * What the page asks the import worker and what it answers: plain data, so it crosses
 * postMessage. The worker reads and checks; the page previews. A Recboard snapshot stays in
 * the worker, which also writes it (decision 017): the page gets its summary, never its rows.
 * A CSV or a Trello board comes to the page as rows, which the page writes.
 */

export interface CsvReadOptions {
  /** The person's mapping; null: match the headers automatically. */
  mapping: HeaderMapping | null;
  vocab: ImportVocab;
  /** The export's headers in the UI language, so a Recboard CSV maps itself. */
  extraHeaders: ExtraHeaderNames;
  /** The Markdown report's detail words, in each language it may have been written in. */
  reportWords: readonly ReportWords[];
}

export interface ReadFileRequest {
  kind: 'read';
  file: Blob;
  csv: CsvReadOptions;
  trello: Omit<TrelloImportOptions, 'makeId'>;
}

/** What merging the snapshot the worker holds into the board would do. */
export interface MergePreviewRequest {
  kind: 'merge-preview';
  /** The snapshot read (`SnapshotRead.held`): a later read replaces it. */
  held: number;
}

/** Writes the snapshot the worker holds: replacing the board, or merging into it. */
export interface WriteSnapshotRequest {
  kind: 'write-snapshot';
  held: number;
  mode: 'replace' | 'merge';
}

/** The import is closed: the worker lets the snapshot it holds go. */
export interface ReleaseRequest {
  kind: 'release';
}

export type ImportRequest =
  | ReadFileRequest
  | MergePreviewRequest
  | WriteSnapshotRequest
  | ReleaseRequest;

/** A snapshot's envelope, for the preview; its rows stay in the worker. */
export interface SnapshotSummary {
  exportedAt: string;
  appVersion: string;
  /** The schema its rows are at now (migrated from `fileVersion`). */
  schemaVersion: number;
  recommendations: number;
}

/** What a snapshot's write did, and the journal entry that is its undo step. */
export interface SnapshotWritten {
  outcome:
    | { kind: 'replaced'; count: number }
    | { kind: 'merged'; added: number; updated: number; conflicts: number };
  /** Null when the file changed nothing. */
  entry: { id: string; action: ActionLabel } | null;
}

export interface CsvReadResult {
  ok: true;
  format: 'csv';
  /** A spreadsheet, or Recboard's Markdown report read as one (its rows are its lines). */
  source: 'csv' | 'markdown';
  headers: string[];
  mapping: HeaderMapping;
  /** Data rows the file holds, read or not. */
  recordCount: number;
  rows: ImportRow[];
  /** Every row's problems, in row order (none refuses the file). */
  problems: ImportProblem[];
  unknown: UnknownNames;
}

interface SnapshotReadBase {
  ok: true;
  format: 'snapshot';
  container: 'json' | 'png';
  /** The schema version the file was written at (its rows are migrated already). */
  fileVersion: number;
}

/** A file as the worker reads it: a snapshot whole. */
export type FileRead =
  | { ok: false; problems: FileProblem[] }
  | (SnapshotReadBase & { snapshot: Snapshot })
  | { ok: true; format: 'trello'; plan: TrelloImportPlan }
  | CsvReadResult;

/** A file as the page gets it: a snapshot as its summary, held in the worker by number. */
export type ReadFileResult =
  | Exclude<FileRead, { format: 'snapshot' }>
  | (SnapshotReadBase & { summary: SnapshotSummary; held: number });

/** A conflict as the preview lists it: the card, and whose version would be set aside. */
export interface MergePreviewConflict {
  cardId: string;
  title: string;
  setAside: 'local' | 'incoming';
}

export interface MergePreview {
  /** Recommendations: N new, M updated, K unchanged. */
  cards: MergeCounts;
  /** Every other table's rows together (columns, workshops, actors, items, notes). */
  other: MergeCounts;
  conflicts: MergePreviewConflict[];
}
