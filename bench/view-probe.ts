/**
 * What a view change must show before it counts as painted: an element matching `selector`
 * that meets every other field given. Declarative (no functions), so it crosses into the page.
 */
export interface Condition {
  selector: string;
  /** A regular expression (its source) the element's text must match. */
  text?: string;
  /** A text the element must no longer show (what it showed before the change). */
  textNot?: string;
  /** An attribute the element must carry, with this value. */
  attribute?: { name: string; value: string };
}

/** The event that starts the clock: its timeStamp, seen first (capture, on the window). */
export interface ViewChange {
  event: string;
  /** Every condition must hold at once; then the clock stops at the end of the next frame. */
  until: Condition[];
  /** How long to wait for the event and the conditions before failing (180 s if not given). */
  timeoutMs?: number;
}

export interface ViewProbe {
  /** Arms the watch: the next `event`, then the first DOM state meeting every condition. */
  arm(change: ViewChange): void;
  /** event timeStamp → the end of the first frame painted with every condition met, in ms. */
  painted(): Promise<number>;
}

declare global {
  interface Window {
    recboardViewProbe?: ViewProbe;
  }
}

/**
 * Installs `window.recboardViewProbe`. Like page-probe.ts, Playwright sends this function's
 * source to the page: it uses nothing from outside its own body. A condition that never holds
 * rejects after 180 s (a broken measure fails; it never reports 0).
 */
export function installViewProbe(): void {
  if (window.recboardViewProbe) return;

  const meets = (element: Element, condition: Condition): boolean => {
    const text = element.textContent ?? '';
    if (condition.text !== undefined && !new RegExp(condition.text).test(text)) return false;
    if (condition.textNot !== undefined && text === condition.textNot) return false;
    const { attribute } = condition;
    return !attribute || element.getAttribute(attribute.name) === attribute.value;
  };
  const holds = (condition: Condition) =>
    [...document.querySelectorAll(condition.selector)].some((element) => meets(element, condition));
  /** Resolves at the end of the next frame: rAF runs before rendering, the message after it. */
  const endOfNextFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  let watch: Promise<number> | null = null;

  window.recboardViewProbe = {
    arm(change) {
      // Already shown before the event: the measure would time nothing.
      if (change.until.every(holds)) throw new Error(`shown before: ${JSON.stringify(change)}`);
      const waitMs = change.timeoutMs ?? 180_000;
      const started = new Promise<number>((resolve) => {
        const listener = (event: Event) => {
          window.removeEventListener(change.event, listener, true);
          resolve(event.timeStamp);
        };
        window.addEventListener(change.event, listener, true);
      });
      let eventAt: number | null = null;
      void started.then((at) => {
        eventAt = at;
      });
      const shown = new Promise<void>((resolve, reject) => {
        const check = () => {
          if (eventAt === null || !change.until.every(holds)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const observer = new MutationObserver(check);
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        // The change may already be in the DOM when the event's own handlers have run.
        void started.then(() => queueMicrotask(check));
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`not shown within ${waitMs} ms: ${JSON.stringify(change)}`));
        }, waitMs);
      });
      watch = (async () => {
        const at = await started;
        await shown;
        return (await endOfNextFrame()) - at;
      })();
    },

    painted() {
      if (!watch) return Promise.reject(new Error('arm() was not called'));
      return watch;
    },
  };
}
