/**
 * What the probe measured for one drop: times are `performance.now()` of the page (ms since
 * navigation start), the clock that event timestamps and User Timing marks share.
 */
export interface DropTiming {
  /** timeStamp of the releasing event (pointerup, a keydown), or when it was armed (none). */
  eventAt: number;
  /** End of the first frame rendered after the card sat, released, in its new column. */
  paintedAt: number;
  /** startTime of the first of each awaited mark at or after the event. */
  marks: Record<string, number>;
  /** The column the card landed in. */
  column: string;
  /** The page's performance.timeOrigin: with it, times of two pages compare on the wall clock. */
  timeOrigin: number;
}

/** The event that releases the card: a pointerup, a keydown of `code`, or none (another tab). */
export type Release = { type: 'pointerup' } | { type: 'keydown'; code: string } | null;

export interface DropTarget {
  /** The card's accessible name (its title). */
  title: string;
  /** The column it must land in, or null for "any column but `from`". */
  to: string | null;
  from: string;
  release: Release;
  /** User Timing marks to wait for after the event (as well as the paint). */
  marks: string[];
}

export interface JankTiming {
  /** Longest 'longtask' entry; 0 if none (Chromium reports only tasks of 50 ms or more). */
  longestTaskMs: number;
  /** Longest gap between two animation frames. */
  maxFrameGapMs: number;
}

export interface Probe {
  armDrop(target: DropTarget): void;
  dropped(): Promise<DropTiming>;
  startJankWatch(): void;
  /** Stops watching; counts tasks that started, and frames up to the first one, before `until`. */
  stopJankWatch(until: number): Promise<JankTiming>;
  /** Waits for the next `event` (pointerdown) and then the mark; returns mark − event. */
  armMark(mark: string, event: string): void;
  marked(): Promise<number>;
}

declare global {
  interface Window {
    recboardProbe?: Probe;
  }
}

/**
 * Installs `window.recboardProbe` in the app page. Playwright sends this function's source to
 * the browser, so it must not use anything from outside its own body. Cards are found only by
 * their accessible names (the "Drag <title>" handle, the column region's heading), as the
 * e2e page models do, so the probe survives changes to the board's markup.
 */
export function installProbe(): void {
  if (window.recboardProbe) return;
  const WAIT_MS = 180_000;

  const nameOf = (element: Element): string => {
    const ids = element.getAttribute('aria-labelledby');
    if (!ids) return element.getAttribute('aria-label') ?? '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  };
  const columnOf = (element: Element): string | null => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'SECTION' && node.hasAttribute('aria-labelledby')) return nameOf(node);
    }
    return null;
  };
  /** The column where the card's handle sits, released (not aria-pressed), else null. */
  const settledColumn = (target: DropTarget): string | null => {
    const selector = `button[aria-label="${CSS.escape(`Drag ${target.title}`)}"]`;
    for (const handle of document.querySelectorAll(selector)) {
      if (handle.getAttribute('aria-pressed') === 'true') continue;
      const column = columnOf(handle);
      if (column === null) continue;
      if (target.to === null ? column !== target.from : column === target.to) return column;
    }
    return null;
  };
  /** Resolves at the end of the next frame: rAF runs before rendering, the message after it. */
  const endOfNextFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  /** The startTime of the first `name` mark at or after `after`. */
  const markAfter = (name: string, after: number) =>
    new Promise<number>((resolve, reject) => {
      const find = () =>
        performance.getEntriesByName(name, 'mark').find((entry) => entry.startTime >= after);
      const existing = find();
      if (existing) return resolve(existing.startTime);
      const observer = new PerformanceObserver(() => {
        const entry = find();
        if (!entry) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(entry.startTime);
      });
      observer.observe({ type: 'mark' });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no ${name} mark within ${WAIT_MS} ms`));
      }, WAIT_MS);
    });
  /** The timeStamp of the next `type` event, seen before any handler of the page (capture). */
  const nextEvent = (type: string, accept: (event: Event) => boolean) =>
    new Promise<number>((resolve) => {
      const listener = (event: Event) => {
        if (!accept(event)) return;
        window.removeEventListener(type, listener, true);
        resolve(event.timeStamp);
      };
      window.addEventListener(type, listener, true);
    });

  let drop: Promise<DropTiming> | null = null;
  let mark: Promise<number> | null = null;
  let jank: { stop: (until: number) => Promise<JankTiming> } | null = null;

  window.recboardProbe = {
    armDrop(target) {
      const { release } = target;
      const armedAt = performance.now();
      const released =
        release === null
          ? Promise.resolve(armedAt)
          : nextEvent(release.type, (event) =>
              release.type === 'keydown'
                ? event instanceof KeyboardEvent && event.code === release.code
                : true,
            );
      let eventAt: number | null = null;
      void released.then((at) => {
        eventAt = at;
      });
      const settled = new Promise<string>((resolve, reject) => {
        const check = () => {
          if (eventAt === null) return;
          const column = settledColumn(target);
          if (column === null) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(column);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-pressed'],
        });
        // A release that changes nothing in the DOM would never call the observer.
        void released.then(() => queueMicrotask(check));
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`"${target.title}" did not settle within ${WAIT_MS} ms`));
        }, WAIT_MS);
      });
      drop = (async () => {
        const at = await released;
        const column = await settled;
        const paintedAt = await endOfNextFrame();
        const marks: Record<string, number> = {};
        for (const name of target.marks) marks[name] = await markAfter(name, at);
        return { eventAt: at, paintedAt, marks, column, timeOrigin: performance.timeOrigin };
      })();
    },

    dropped() {
      if (!drop) return Promise.reject(new Error('armDrop() was not called'));
      return drop;
    },

    startJankWatch() {
      const tasks: { start: number; duration: number }[] = [];
      const frames: number[] = [];
      let running = true;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      });
      observer.observe({ type: 'longtask', buffered: false });
      const frame = (now: number) => {
        frames.push(now);
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      jank = {
        async stop(until) {
          // Long-task entries arrive after their task ends: let them in before reading.
          await new Promise((resolve) => setTimeout(resolve, 100));
          running = false;
          for (const entry of observer.takeRecords()) {
            tasks.push({ start: entry.startTime, duration: entry.duration });
          }
          observer.disconnect();
          let longestTaskMs = 0;
          for (const task of tasks) {
            if (task.start < until) longestTaskMs = Math.max(longestTaskMs, task.duration);
          }
          // The frame that ends the window counts: the gap before it is part of the drag.
          const lastIndex = frames.findIndex((time) => time >= until);
          const inWindow = lastIndex < 0 ? frames : frames.slice(0, lastIndex + 1);
          let maxFrameGapMs = 0;
          for (let i = 1; i < inWindow.length; i += 1) {
            maxFrameGapMs = Math.max(maxFrameGapMs, (inWindow[i] ?? 0) - (inWindow[i - 1] ?? 0));
          }
          return { longestTaskMs, maxFrameGapMs };
        },
      };
    },

    stopJankWatch(until) {
      if (!jank) return Promise.reject(new Error('startJankWatch() was not called'));
      return jank.stop(until);
    },

    armMark(name, event) {
      mark = (async () => {
        const at = await nextEvent(event, () => true);
        return (await markAfter(name, at)) - at;
      })();
    },

    marked() {
      if (!mark) return Promise.reject(new Error('armMark() was not called'));
      return mark;
    },
  };
}
