import { expect, type Page, test } from '@playwright/test';
import { mulberry32, type Random } from '../bench/prng';
import { BoardDrag, type CardPlace, type Point } from './page-models/board-drag';
import { BoardPage } from './page-models/board-page';
import { renderedColumns, savedColumns, savedPlaceOf } from './page-models/saved-board';

/*
 * Drags the sample board's cards to random points of random columns, at random speeds and
 * window sizes, as the review that found the board crashing did (6 crashes and 2 misplaced
 * drops in 36 drags). Each drop must land exactly where the placeholder stood at release,
 * a drop below a column's last card must land at its end, and nothing may fail. The seed is
 * fixed, so a failure replays; FUZZ_SEED tries other paths.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

const DESKTOPS = [
  { width: 1180, height: 820 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const TABLETS = [
  { width: 1024, height: 768 },
  { width: 1180, height: 820 },
  { width: 820, height: 1180 },
];

/** Page errors and React's error #185 ("Maximum update depth exceeded"), as they happen. */
function collectFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(message.text());
  });
  return failures;
}

interface PlannedDrag {
  cardId: string;
  from: Point;
  to: Point;
  /** Aimed below the column's last card (the check at release says whether it got there). */
  toEnd: boolean;
}

/** A card in view to grab, and a random point over a random column to drop it on. */
async function planDrag(drag: BoardDrag, random: Random): Promise<PlannedDrag | null> {
  const viewport = drag.page.viewportSize() ?? { width: 1280, height: 720 };
  // Columns at least a card's width in view: a person drops only on what they can see.
  const columns = (await drag.columns()).filter(
    ({ box }) => Math.min(box.x + box.width, viewport.width) - Math.max(box.x, 0) > 120,
  );
  const visible = new Set(columns.map((column) => column.name));
  const grabbable = (await drag.grabbableCards()).filter((card) => visible.has(card.column));
  if (grabbable.length === 0) return null;
  const { cardId, point: from } = random.pick(grabbable);
  const { box, lastCardBottom } = random.pick(columns);
  const bottom = Math.min(box.y + box.height, viewport.height) - 60;
  const left = Math.max(box.x, 0) + 12;
  const right = Math.min(box.x + box.width, viewport.width) - 12;
  const toEnd = random.chance(0.3) && lastCardBottom + 40 < bottom;
  const top = toEnd ? lastCardBottom + 24 : Math.max(box.y, 0) + 12;
  return {
    cardId,
    from,
    to: { x: left + random.next() * (right - left), y: top + random.next() * (bottom - top) },
    toEnd,
  };
}

/**
 * Earlier drops can empty the columns in view, or a window resize leave the board below the
 * fold: then a person scrolls back to the board's first columns and looks again.
 */
async function planAfterLooking(board: BoardPage, drag: BoardDrag, random: Random) {
  await board.board.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    for (let node: Element | null = element; node; node = node.parentElement) node.scrollLeft = 0;
    for (const scroller of element.querySelectorAll('*')) {
      if (scroller.scrollLeft > 0) scroller.scrollLeft = 0;
    }
  });
  return planDrag(drag, random);
}

async function fuzz(
  page: Page,
  options: { drags: number; touch: boolean; sizes: typeof DESKTOPS },
) {
  const random = mulberry32(SEED + (options.touch ? 1 : 0));
  const failures = collectFailures(page);
  const board = new BoardPage(page);
  const drag = new BoardDrag(page);
  await board.open();
  let stillScrolling = 0;
  for (let index = 0; index < options.drags; index += 1) {
    const size = random.pick(options.sizes);
    await page.setViewportSize(size);
    const plan = (await planDrag(drag, random)) ?? (await planAfterLooking(board, drag, random));
    if (!plan) throw new Error(`drag ${index}: no card in view to grab`);
    // From a flick to a slow glide; each step is a round trip to the browser.
    const path = { steps: random.int(6, 40), holdMs: random.int(0, 250) };
    await drag.watchRelease(plan.cardId);
    const gesture = options.touch ? drag.withTouch.bind(drag) : drag.withMouse.bind(drag);
    await gesture(plan.from, plan.to, path);
    await drag.settled();
    const where = `drag ${index} (${JSON.stringify({ ...plan, ...path, size })})`;
    expect(failures, where).toEqual([]);
    await expect(board.board, where).toBeVisible();
    // Only the board scrolls sideways: the page never becomes wider than the window.
    expect(await drag.pageOverflowX(), where).toBeLessThanOrEqual(0);
    const release = await drag.atRelease();
    const shown = release?.place;
    expect(shown, `${where}: no placeholder at release`).toBeDefined();
    // Saved where it was shown. A virtual column renders only the cards near view: a neighbour
    // it did not render is not compared.
    const asShown = (saved: CardPlace | null) =>
      saved && release?.virtual
        ? {
            ...saved,
            above: shown?.above === null ? null : saved.above,
            below: shown?.below === null ? null : saved.below,
          }
        : saved;
    await expect
      .poll(async () => asShown(await savedPlaceOf(page, plan.cardId)), { message: where })
      .toEqual(shown);
    // And the board shows it there (a column that renders every card shows its neighbours).
    if (!release?.virtual) expect(await drag.placeOf(plan.cardId), where).toEqual(shown);
    // The placeholder follows the pointer: in the column under it, at its end below its cards.
    // (Not while the board still auto-scrolls under a still pointer: the placeholder catches up
    // a frame later, and the drop lands where it was shown, checked above.)
    if (!release?.scrollingAtRelease) {
      if (release?.pointerColumn) expect(shown?.column, where).toBe(release.pointerColumn);
      if (release?.belowColumnEnd) {
        expect(
          (await savedPlaceOf(page, plan.cardId))?.below,
          `${where}: not at the end`,
        ).toBeNull();
      }
    } else stillScrolling += 1;
  }
  // At least half the releases come with the board still, or the pointer check above would
  // check too little (near a tablet's edges the board often still scrolls at release).
  expect(
    options.drags - stillScrolling,
    'releases checked against the pointer',
  ).toBeGreaterThanOrEqual(options.drags / 2);
  // After a reload the board shows what was saved: each column's cards in order (a virtual
  // column, those from the top it renders).
  const saved = await savedColumns(page);
  await board.reload();
  await drag.settled();
  for (const [column, { ids, virtual }] of Object.entries(await renderedColumns(page))) {
    expect(ids, column).toEqual(virtual ? saved[column]?.slice(0, ids.length) : saved[column]);
  }
}

test.describe('drag fuzz', () => {
  // 24 + 10 drags: about the 36 in which the review found 8 failures, at about 2.8 s a drag
  // (the suite must stay under 15 minutes); FUZZ_SEED tries other paths.
  test('24 mouse drags to random points: no crash, each lands where its placeholder stood', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await fuzz(page, { drags: 24, touch: false, sizes: DESKTOPS });
  });

  test.describe('by touch', () => {
    test.use({ hasTouch: true, isMobile: true });

    test('10 touch drags on tablets: no crash, each lands where its placeholder stood', async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await fuzz(page, { drags: 10, touch: true, sizes: TABLETS });
    });
  });
});
