import { expect, type Page } from '@playwright/test';

/** A point on the page, in CSS pixels from the viewport's top left. */
export interface Point {
  x: number;
  y: number;
}

/** Where a card sits: its column and the cards just above and below it (null at an end). */
export interface CardPlace {
  column: string;
  above: string | null;
  below: string | null;
}

/** What a release showed: the placeholder's place, and where the pointer was. */
export interface ReleaseRecord {
  /** Absent when no drag was under way at release. */
  place?: CardPlace;
  /** The column the pointer was over (null: between or beside the columns). */
  pointerColumn?: string | null;
  /** The pointer was below the last card of that column, the dragged one left out. */
  belowColumnEnd?: boolean;
  /**
   * The board was auto-scrolling under a still pointer up to the release: the placeholder
   * follows the column now under the pointer a frame or a render later, so where the pointer
   * is says nothing about where the placeholder should be.
   */
  scrollingAtRelease?: boolean;
  /** The placeholder's column renders only the cards near view: a missing neighbour is unknown. */
  virtual?: boolean;
}

/** How a drag glides from its start to its target. */
export interface DragPath {
  /** Pointer moves between the start and the target. */
  steps: number;
  /** Time spent over the target before release, as a person aiming would. */
  holdMs: number;
}

const CARD_ITEM = 'li[data-card-item]';
const COLUMN = 'section[data-column-kind]';

/**
 * Drags on the board as a person does, by mouse and by real touch events, and reads where the
 * drop indicator (the dragged card's placeholder) stood at the instant of release. dnd-kit
 * listens on the document, so a capture listener on the window sees the release first.
 */
export class BoardDrag {
  constructor(readonly page: Page) {}

  /**
   * Every card that can be grabbed where it is, with the point to grab it by: on its workshop
   * line, below the grip and the title (the title button stretches over the card), and not
   * scrolled under its column's footer or out of the window.
   */
  async grabbableCards(): Promise<{ cardId: string; column: string; point: Point }[]> {
    return this.page.evaluate((column) => {
      const found: { cardId: string; column: string; point: Point }[] = [];
      for (const section of document.querySelectorAll(column)) {
        for (const card of section.querySelectorAll<HTMLElement>('article[data-card-id]')) {
          const box = card.querySelector('p')?.getBoundingClientRect();
          if (!box) continue;
          const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          const hit = document.elementFromPoint(point.x, point.y);
          if (!hit || !card.contains(hit) || hit.closest('button[aria-label]')) continue;
          const name = section.querySelector('h2')?.textContent ?? '';
          found.push({ cardId: card.dataset.cardId ?? '', column: name, point });
        }
      }
      return found;
    }, COLUMN);
  }

  /** Every column's name and box, and the bottom of its last card (where its empty end starts). */
  async columns(): Promise<{ name: string; box: DOMRectReadOnly; lastCardBottom: number }[]> {
    return this.page.evaluate(
      ({ column, item }) =>
        [...document.querySelectorAll(column)].map((section) => {
          const items = section.querySelectorAll(item);
          const last = items[items.length - 1]?.getBoundingClientRect().bottom;
          const top = section.querySelector('ol, p')?.getBoundingClientRect().top ?? 0;
          return {
            name: section.querySelector('h2')?.textContent ?? '',
            box: section.getBoundingClientRect().toJSON() as DOMRectReadOnly,
            lastCardBottom: last ?? top,
          };
        }),
      { column: COLUMN, item: CARD_ITEM },
    );
  }

  /**
   * Records, at the next release, where the placeholder stands, which column the pointer is
   * over, and whether it is below that column's last other card. Capture listeners see the
   * release before dnd-kit does: on the window, and for touch also on the card's list item, as
   * touch events go to the element the finger first touched even once the drag has taken it
   * out of the page (the card moved to another column is a new element).
   */
  async watchRelease(cardId: string): Promise<void> {
    await this.page.evaluate(
      ({ id, column, item }) => {
        const record = (at: { clientX: number; clientY: number }) => {
          const slot = document.querySelector(`${item}[data-card-item="${id}"]`) as HTMLElement;
          const section = slot?.closest(column);
          if (!slot || !section || !slot.querySelector('[data-placeholder]')) {
            Reflect.set(window, '__placeAtRelease', {});
            return;
          }
          // Where each card is going (its transform's target), not where a transition has it.
          const order = [...section.querySelectorAll<HTMLElement>(item)]
            .map((li) => {
              const shift = /translate3d\([-\d.]+px, ([-\d.]+)px/.exec(li.style.transform);
              return { li, top: li.offsetTop + Number(shift?.[1] ?? 0) };
            })
            .sort((a, b) => a.top - b.top)
            .map((entry) => entry.li.dataset.cardItem ?? '');
          const index = order.indexOf(id);
          const under = [...document.querySelectorAll(column)].find((candidate) => {
            const box = candidate.getBoundingClientRect();
            return at.clientX >= box.left && at.clientX <= box.right;
          });
          const others = [...(under?.querySelectorAll<HTMLElement>(item) ?? [])].filter(
            (li) => li.dataset.cardItem !== id,
          );
          const lastOther = others[others.length - 1];
          const lastBottom = lastOther
            ? lastOther.getBoundingClientRect().bottom -
              Number(
                /translate3d\([-\d.]+px, ([-\d.]+)px/.exec(lastOther.style.transform)?.[1] ?? 0,
              )
            : Number.NEGATIVE_INFINITY;
          Reflect.set(window, '__placeAtRelease', {
            place: {
              column: section.querySelector('h2')?.textContent ?? '',
              above: order[index - 1] ?? null,
              below: order[index + 1] ?? null,
            },
            pointerColumn: under?.querySelector('h2')?.textContent ?? null,
            belowColumnEnd: lastOther !== undefined && at.clientY > lastBottom,
            scrollingAtRelease: performance.now() - lastScrolled < SETTLE_MS,
            virtual: section.querySelector('[data-virtual]') !== null,
          });
        };
        Reflect.set(window, '__placeAtRelease', null);
        // When anything last scrolled: read every frame (a scroll event comes a frame late).
        const SETTLE_MS = 150;
        let lastScrolled = Number.NEGATIVE_INFINITY;
        let offsets = '';
        // The columns' ancestors: the board's scroller and the page's.
        const scrollers = () => {
          const found: Element[] = [];
          const first = document.querySelector(column);
          for (let node = first?.parentElement; node; node = node.parentElement) found.push(node);
          return found;
        };
        const scrollOffsets = () =>
          // The columns' own scrollers too (a card list auto-scrolls up and down).
          [window, ...document.querySelectorAll(`${column} > *`), ...scrollers()]
            .map((node) =>
              node instanceof Window
                ? `${node.scrollX},${node.scrollY}`
                : `${node.scrollLeft},${node.scrollTop}`,
            )
            .join(';');
        let recorded = false;
        const watchScrolls = () => {
          const now = scrollOffsets();
          if (now !== offsets) lastScrolled = performance.now();
          offsets = now;
          if (!recorded) requestAnimationFrame(watchScrolls);
        };
        watchScrolls();
        const once = (event: MouseEvent | TouchEvent) => {
          const at = 'changedTouches' in event ? event.changedTouches[0] : event;
          if (recorded || !at) return;
          recorded = true;
          window.removeEventListener('mouseup', once, { capture: true });
          window.removeEventListener('touchend', once, { capture: true });
          if (scrollOffsets() !== offsets) lastScrolled = performance.now();
          record(at);
        };
        window.addEventListener('mouseup', once, { capture: true });
        window.addEventListener('touchend', once, { capture: true });
        // The finger's first element, taken out of the page when the card changes column,
        // still gets the touch events, and so do its old ancestors: the card's list item.
        const slot = document.querySelector(`${item}[data-card-item="${id}"]`);
        slot?.addEventListener('touchend', (event) => once(event as TouchEvent), { capture: true });
      },
      { id: cardId, column: COLUMN, item: CARD_ITEM },
    );
  }

  /** What watchRelease recorded (null: no release seen). */
  async atRelease(): Promise<ReleaseRecord | null> {
    return this.page.evaluate(
      () => Reflect.get(window, '__placeAtRelease') as ReleaseRecord | null,
    );
  }

  /** Where a card is now, once no drag is under way. */
  async placeOf(cardId: string): Promise<CardPlace | null> {
    return this.page.evaluate(
      ({ id, column, item }) => {
        const slot = document.querySelector(`${item}[data-card-item="${id}"]`);
        const section = slot?.closest(column);
        if (!slot || !section) return null;
        return {
          column: section.querySelector('h2')?.textContent ?? '',
          above: slot.previousElementSibling?.getAttribute('data-card-item') ?? null,
          below: slot.nextElementSibling?.getAttribute('data-card-item') ?? null,
        };
      },
      { id: cardId, column: COLUMN, item: CARD_ITEM },
    );
  }

  /** A mouse drag: press, nudge past the activation distance, glide, hold, release. */
  async withMouse(from: Point, to: Point, path: DragPath): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 8, from.y + 8, { steps: 3 });
    await mouse.move(to.x, to.y, { steps: path.steps });
    await this.hold(path.holdMs);
    await mouse.up();
  }

  /**
   * A touch drag sent as real touch events (CDP): a long press until the drag starts, a
   * glide, a hold, a lift. Needs a context with `hasTouch`.
   */
  async withTouch(from: Point, to: Point, path: DragPath): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
    await touch('touchStart', from);
    // The long press: the drag starts once the finger has rested (the overlay appears).
    await expect(this.page.locator('[data-overlay]')).toHaveCount(1);
    for (let step = 1; step <= path.steps; step += 1) {
      const share = step / path.steps;
      await touch('touchMove', {
        x: from.x + (to.x - from.x) * share,
        y: from.y + (to.y - from.y) * share,
      });
    }
    await this.hold(path.holdMs);
    await touch('touchEnd');
    await cdp.detach();
  }

  /** A quick swipe, with no long press: the browser scrolls, no drag starts. */
  async swipe(from: Point, to: Point): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
    await touch('touchStart', from);
    for (let step = 1; step <= 12; step += 1) {
      await touch('touchMove', {
        x: from.x + ((to.x - from.x) * step) / 12,
        y: from.y + ((to.y - from.y) * step) / 12,
      });
    }
    await touch('touchEnd');
    await cdp.detach();
  }

  /** How far the board's columns are scrolled sideways. */
  async lanesScrollLeft(): Promise<number> {
    return this.page.evaluate(
      () => document.querySelector('[data-lanes-scroller]')?.scrollLeft ?? Number.NaN,
    );
  }

  /** How far the page itself overflows the window sideways (the board scrolls inside it). */
  async pageOverflowX(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /** Waits until no drag is under way and the board has settled after the drop. */
  async settled(): Promise<void> {
    await expect(this.page.locator('[data-overlay], [data-placeholder]')).toHaveCount(0);
  }

  private async hold(ms: number): Promise<void> {
    // A person's dwell over the target, part of the gesture itself (not a wait for the app).
    await this.page.evaluate((delay) => new Promise((done) => setTimeout(done, delay)), ms);
  }
}
