import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportReading, ReportRequest } from '../../domain/report-extraction/report-request';
import { callWorker, type WorkerProgress } from '../../lib/worker-rpc';
import { reportFileKind, reportRequest } from './report-file';

export type ReadingState =
  | { status: 'idle' }
  | { status: 'reading'; source: string; progress: WorkerProgress | null }
  | { status: 'read'; source: string; reading: ReportReading }
  | { status: 'failed'; source: string; problem: 'unsupported' | 'unreadable' | 'empty' };

export type ReportInput = { kind: 'paste'; text: string } | { kind: 'file'; file: File };

/**
 * Reads a report in the report worker (workers/report.worker.ts), started on first use and
 * ended with the page. A newer request wins: the answer to an older one is dropped.
 */
export function useReportReading() {
  const [state, setState] = useState<ReadingState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const read = useCallback(async (input: ReportInput, pastedName: string) => {
    const request = ++latest.current;
    const source = input.kind === 'file' ? input.file.name : pastedName;
    const current = () => request === latest.current;
    const kind = input.kind === 'file' ? reportFileKind(input.file.name) : 'text';
    if (kind === null) {
      setState({ status: 'failed', source, problem: 'unsupported' });
      return;
    }
    setState({ status: 'reading', source, progress: null });
    try {
      const { request: message, transfer } =
        input.kind === 'file'
          ? await reportRequest(input.file, kind)
          : { request: { format: 'text', text: input.text } as const, transfer: [] };
      worker.current ??= new Worker(new URL('../../workers/report.worker.ts', import.meta.url), {
        type: 'module',
      });
      const reading = await callWorker<ReportRequest, ReportReading>(worker.current, message, {
        transfer,
        onProgress: (progress) => {
          if (current()) setState({ status: 'reading', source, progress });
        },
      });
      if (!current()) return;
      setState(
        reading.text.trim() === ''
          ? { status: 'failed', source, problem: 'empty' }
          : { status: 'read', source, reading },
      );
    } catch {
      // A worker that failed may be left broken: the next request starts a new one.
      worker.current?.terminate();
      worker.current = null;
      if (current()) setState({ status: 'failed', source, problem: 'unreadable' });
    }
  }, []);

  const reset = useCallback(() => {
    latest.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, read, reset };
}
