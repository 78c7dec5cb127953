import { useCallback, useRef, useState } from 'react';
import type { HeaderMapping } from '../../domain/formats/csv-header-match';
import type { CsvImportChoices } from '../../domain/formats/csv-to-records';
import { csvImportRecords } from '../../domain/formats/csv-to-records';
import type {
  CsvReadResult,
  MergePreview,
  ReadFileRequest,
  ReadFileResult,
  SnapshotSummary,
} from '../../domain/formats/import-plan';
import type { FileProblem } from '../../domain/formats/snapshot-problem';
import type { TrelloImportPlan } from '../../domain/formats/trello-import';
import type { SnapshotData } from '../../domain/snapshot';
import { createI18n } from '../../i18n/create-i18n';
import { useI18n } from '../../i18n/i18n-context';
import { nowIso } from '../../lib/dates';
import { useRereadBoards } from '../../queries/board-queries';
import { useRepositories } from '../../queries/repositories-context';
import { useUndoStack } from '../../queries/undo-context';
import { headerSetKey, rememberedMapping } from './csv-mapping-memory';
import { csvHeaderNames, importVocab, markdownLabels } from './export-words';
import {
  previewMergeInWorker,
  readInWorker,
  releaseInWorker,
  writeSnapshotInWorker,
} from './import-worker-client';

export type SnapshotMode = 'replace' | 'merge';

export type ImportFlow =
  | { step: 'reading'; fileName: string; done: number; total: number }
  | { step: 'problems'; fileName: string; problems: FileProblem[] }
  | {
      step: 'snapshot';
      fileName: string;
      summary: SnapshotSummary;
      /** The worker holds the snapshot's rows under this number, and writes them. */
      held: number;
      fileVersion: number;
      board: SnapshotData;
      mode: SnapshotMode;
      preview: MergePreview | null;
    }
  | { step: 'csv'; fileName: string; file: Blob; read: CsvReadResult; board: SnapshotData }
  | { step: 'trello'; fileName: string; plan: TrelloImportPlan }
  | { step: 'writing'; fileName: string; done: number; total: number };

/** What an import wrote, for the toast and the screen reader. */
export type ImportOutcome =
  | { kind: 'replaced'; count: number }
  | { kind: 'merged'; added: number; updated: number; conflicts: number }
  | { kind: 'added'; added: number; skipped: number };

/**
 * One import from file to board: the worker reads and checks the file, the person previews
 * it (and for a CSV maps its columns), then one journaled write. A refused file changes
 * nothing. `flow` is null when no import is open.
 */
export function useImportFlow(boardId: string) {
  const repositories = useRepositories();
  const undo = useUndoStack();
  const rereadBoards = useRereadBoards();
  const i18n = useI18n();
  const { t } = i18n;
  const [flow, setFlow] = useState<ImportFlow | null>(null);
  // Only the latest file's answers count: another file dropped meanwhile replaces the flow.
  const latest = useRef(0);

  const request = useCallback(
    (file: Blob, board: SnapshotData, mapping: HeaderMapping | null): ReadFileRequest => ({
      kind: 'read',
      file,
      csv: {
        mapping,
        vocab: importVocab(i18n, board),
        extraHeaders: csvHeaderNames(t),
        // A report's detail words in the app's language, and in English: the names in it
        // (responses, stages) are read in the app's language, as a spreadsheet's are.
        reportWords: [markdownLabels(t), markdownLabels(createI18n('en').t)],
      },
      trello: {
        boardId,
        now: nowIso(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
    }),
    [t, i18n, boardId],
  );

  const open = useCallback(
    async (file: File) => {
      const ticket = ++latest.current;
      const fileName = file.name;
      const current = (next: ImportFlow) => ticket === latest.current && setFlow(next);
      current({ step: 'reading', fileName, done: 0, total: 0 });
      const board = await repositories.snapshotImport.current();
      const onProgress = ({ done, total }: { done: number; total: number }) =>
        current({ step: 'reading', fileName, done, total });
      let read: ReadFileResult = await readInWorker(request(file, board, null), onProgress);
      if (read.ok && read.format === 'csv') {
        const { csvMappings } = await repositories.deviceSettings.getAll();
        const remembered = rememberedMapping(csvMappings, read.headers);
        if (remembered) read = await readInWorker(request(file, board, remembered));
      }
      if (!read.ok) current({ step: 'problems', fileName, problems: read.problems });
      else if (read.format === 'snapshot') {
        const { summary, held, fileVersion } = read;
        current({
          step: 'snapshot',
          fileName,
          summary,
          held,
          fileVersion,
          board,
          mode: 'replace',
          preview: null,
        });
      } else if (read.format === 'csv') current({ step: 'csv', fileName, file, read, board });
      else current({ step: 'trello', fileName, plan: read.plan });
    },
    [repositories, request],
  );

  const setMode = useCallback(
    async (mode: SnapshotMode) => {
      if (flow?.step !== 'snapshot') return;
      setFlow({ ...flow, mode });
      if (mode !== 'merge' || flow.preview) return;
      const preview = await previewMergeInWorker({ kind: 'merge-preview', held: flow.held });
      setFlow((next) => (next?.step === 'snapshot' ? { ...next, preview } : next));
    },
    [flow],
  );

  const remap = useCallback(
    async (mapping: HeaderMapping) => {
      if (flow?.step !== 'csv') return;
      const read = await readInWorker(request(flow.file, flow.board, mapping));
      if (read.ok && read.format === 'csv') setFlow({ ...flow, read });
    },
    [flow, request],
  );

  const write = useCallback(
    async (choices?: Omit<CsvImportChoices, 'boardId' | 'now'>): Promise<ImportOutcome | null> => {
      if (!flow || flow.step === 'reading' || flow.step === 'problems' || flow.step === 'writing') {
        return null;
      }
      const { fileName } = flow;
      const onProgress = ({ done, total }: { done: number; total: number }) =>
        setFlow({ step: 'writing', fileName, done, total });
      onProgress({ done: 0, total: 0 });
      const imports = repositories.snapshotImport;
      if (flow.step === 'snapshot') {
        // The worker that holds the rows writes them; the board hears of it as of another
        // tab's write, and this tab's undo stack gets the step by its entry's id.
        const request = { kind: 'write-snapshot', held: flow.held, mode: flow.mode } as const;
        const written = await repositories.journal.pendingWhile(
          writeSnapshotInWorker(request, onProgress),
        );
        if (written.entry) undo.recordWritten(written.entry);
        // Dexie's change event from the worker reads the board again, most often before
        // this answer comes; should it come later, the board is not left showing old rows.
        rereadBoards();
        return written.outcome;
      }
      if (flow.step === 'trello')
        return { kind: 'added', ...(await imports.addRows(flow.plan, onProgress)) };
      if (!choices) return null;
      const { read } = flow;
      const settings = await repositories.deviceSettings.getAll();
      await repositories.deviceSettings.set('csvMappings', {
        ...settings.csvMappings,
        [headerSetKey(read.headers)]: read.mapping as Record<string, string>,
      });
      const records = csvImportRecords(read.rows, read.unknown, {
        ...choices,
        boardId,
        now: nowIso(),
      });
      return { kind: 'added', ...(await imports.addRows(records, onProgress)) };
    },
    [flow, repositories, undo, rereadBoards, boardId],
  );

  const close = useCallback(() => {
    latest.current += 1;
    setFlow(null);
    releaseInWorker();
  }, []);

  return { flow, open, setMode, remap, write, close };
}
