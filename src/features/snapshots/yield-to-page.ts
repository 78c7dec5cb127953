/**
 * Ends the current task so the page can paint and answer input, resuming in a new one. A
 * message, not setTimeout: nested timeouts are clamped to 4 ms and would slow long loops.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
