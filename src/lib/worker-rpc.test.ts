import { describe, expect, it } from 'vitest';
import { callWorker, serveRequests, type WorkerMessage } from './worker-rpc';

/** A worker in the same thread: two message ports, as the page and a worker have. */
function fakeWorker(
  handle: (n: number, progress: (p: { done: number; total: number }) => void) => number,
) {
  const { port1, port2 } = new MessageChannel();
  const scope = {
    postMessage: (message: unknown) => port2.postMessage(message),
    onmessage: null as unknown,
  };
  serveRequests<number, number>(scope, handle);
  port2.onmessage = (event) => (scope.onmessage as (e: MessageEvent) => void)(event);
  const worker = {
    postMessage: (message: unknown) => port1.postMessage(message),
    addEventListener: (
      type: string,
      listener: (event: MessageEvent<WorkerMessage<number>>) => void,
    ) => {
      if (type === 'message') port1.addEventListener('message', listener as EventListener);
    },
    removeEventListener: (type: string, listener: EventListener) => {
      if (type === 'message') port1.removeEventListener('message', listener);
    },
  };
  port1.start();
  return { worker: worker as unknown as Worker, close: () => port1.close() };
}

describe('worker requests', () => {
  it('resolves with the result and reports progress on the way', async () => {
    const { worker, close } = fakeWorker((n, progress) => {
      progress({ done: 1, total: 2 });
      return n * 2;
    });
    const seen: number[] = [];
    await expect(
      callWorker<number, number>(worker, 21, { onProgress: (p) => seen.push(p.done) }),
    ).resolves.toBe(42);
    expect(seen).toEqual([1]);
    close();
  });

  it("rejects with the worker's error message", async () => {
    const { worker, close } = fakeWorker(() => {
      throw new Error('row 14: not a date');
    });
    await expect(callWorker(worker, 1)).rejects.toThrow('row 14: not a date');
    close();
  });
});
