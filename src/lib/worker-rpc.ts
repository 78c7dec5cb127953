/*
 * Long work (parsing an import, extracting a report, aggregating a dashboard) runs in a Web
 * Worker, so the page keeps answering input, and reports its progress. One small protocol for
 * all of them: the page sends a request with an id; the worker answers with progress messages
 * and one result or one error for that id.
 */

export interface WorkerProgress {
  /** Work done so far, in the task's own unit (rows, pages, bytes). */
  done: number;
  total: number;
}

export type WorkerMessage<R> =
  | { id: number; type: 'progress'; progress: WorkerProgress }
  | { id: number; type: 'result'; result: R }
  | { id: number; type: 'error'; message: string };

/** The page's side: one request, its progress as it comes, its result or its error. */
export function callWorker<Q, R>(
  worker: Worker,
  request: Q,
  options: { onProgress?: (progress: WorkerProgress) => void; transfer?: Transferable[] } = {},
): Promise<R> {
  const id = nextId++;
  return new Promise<R>((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerMessage<R>>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') {
        options.onProgress?.(message.progress);
        return;
      }
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (message.type === 'result') resolve(message.result);
      else reject(new Error(message.message));
    };
    const onError = (event: ErrorEvent) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      reject(new Error(event.message || 'The background task failed'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, request }, options.transfer ?? []);
  });
}
let nextId = 1;

/** The worker's side: answers each request with `handle`, which may report progress. */
export function serveRequests<Q, R>(
  scope: { postMessage: (message: unknown) => void; onmessage: unknown },
  handle: (request: Q, progress: (progress: WorkerProgress) => void) => Promise<R> | R,
): void {
  scope.onmessage = async (event: MessageEvent<{ id: number; request: Q }>) => {
    const { id, request } = event.data;
    const post = (message: WorkerMessage<R>) => scope.postMessage(message);
    try {
      const result = await handle(request, (progress) => post({ id, type: 'progress', progress }));
      post({ id, type: 'result', result });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
