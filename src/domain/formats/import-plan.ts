import type { Snapshot, SnapshotData } from '../snapshot';
import type { ExtraHeaderNames, HeaderMapping } from './csv-header-match';
import type { ImportRow } from './csv-validate-rows';
import type { ImportProblem } from './import-problem';
import type { ImportVocab, UnknownNames } from './import-references';
import type { MergeCounts } from './merge-snapshot';
import type { FileProblem } from './snapshot-problem';
import type { TrelloImportPlan } from './trello-import';
import type { TrelloImportOptions } from './trello-mapping';

/*
 * What the page asks the import worker and what it answers: plain data, so it crosses
 * postMessage. The worker reads and checks; the page previews and writes.
 */

export interface CsvReadOptions {
  /** The person's mapping; null: match the headers automatically. */
  mapping: HeaderMapping | null;
  vocab: ImportVocab;
  /** The export's headers in the UI language, so a Recboard CSV maps itself. */
  extraHeaders: ExtraHeaderNames;
}

export interface ReadFileRequest {
  kind: 'read';
  file: Blob;
  csv: CsvReadOptions;
  trello: Omit<TrelloImportOptions, 'makeId'>;
}

export interface MergePreviewRequest {
  kind: 'merge-preview';
  local: SnapshotData;
  incoming: SnapshotData;
}

export type ImportRequest = ReadFileRequest | MergePreviewRequest;

export interface CsvReadResult {
  ok: true;
  format: 'csv';
  headers: string[];
  mapping: HeaderMapping;
  /** Data rows the file holds, read or not. */
  recordCount: number;
  rows: ImportRow[];
  /** Every row's problems, in row order (none refuses the file). */
  problems: ImportProblem[];
  unknown: UnknownNames;
}

export type ReadFileResult =
  | { ok: false; problems: FileProblem[] }
  | {
      ok: true;
      format: 'snapshot';
      container: 'json' | 'png';
      /** The schema version the file was written at (its rows are migrated already). */
      fileVersion: number;
      snapshot: Snapshot;
    }
  | { ok: true; format: 'trello'; plan: TrelloImportPlan }
  | CsvReadResult;

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
