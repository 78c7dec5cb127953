import { expect, test } from '@playwright/test';
import { BoardDrag } from './page-models/board-drag';
import { BoardPage } from './page-models/board-page';

/*
 * Touch, sent as real touch events: a long press picks a card up, a quick swipe scrolls the
 * board. A review found the card stayed put after a touch drag, and a sideways swipe left the
 * app through the browser's back navigation.
 */

test.use({ hasTouch: true, isMobile: true });

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a long press drags a card to another column; it stays there after reload', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const drag = new BoardDrag(page);
    await board.open();
    const card = (await drag.grabbableCards()).find((c) => c.column === 'To triage');
    const [target] = await drag
      .columns()
      .then((all) => all.filter((c) => c.name === 'In progress'));
    if (!card || !target) throw new Error('no card in triage, or no "In progress" column');
    const title = await board.titleOf(card.cardId);
    const to = { x: target.box.x + target.box.width / 2, y: target.box.y + 200 };

    await drag.watchRelease(card.cardId);
    await drag.withTouch(card.point, to, { steps: 20, holdMs: 150 });
    await drag.settled();

    const release = await drag.atRelease();
    expect(release?.place?.column).toBe('In progress');
    expect(await drag.placeOf(card.cardId)).toEqual(release?.place);
    await board.reload();
    await expect(board.column('In progress').getByRole('article', { name: title })).toBeVisible();
    await expect(board.column('To triage').getByRole('article', { name: title })).toHaveCount(0);
  });

  test('a quick swipe scrolls the board sideways, moves no card, and never leaves the app', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const drag = new BoardDrag(page);
    await page.goto('/#/archive');
    await board.open();
    const before = await board.allColumnTitles();
    const [card] = await drag.grabbableCards();
    if (!card) throw new Error('no card to swipe on');

    // Towards the start edge the board cannot follow: the browser would go back a page.
    await drag.swipe(card.point, { x: card.point.x + 400, y: card.point.y });
    await expect(board.board).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');

    await drag.swipe({ x: 900, y: card.point.y }, { x: 300, y: card.point.y + 10 });
    await expect.poll(() => drag.lanesScrollLeft()).toBeGreaterThan(100);
    expect(await board.allColumnTitles()).toEqual(before);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a long press drags a card down its column, and it lands where its placeholder stood', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const drag = new BoardDrag(page);
    await board.open();
    // A phone shows the banners and the filters first: scroll the board into view, as a person does.
    await board.column('To triage').scrollIntoViewIfNeeded();
    const card = (await drag.grabbableCards()).find((c) => c.column === 'To triage');
    const [column] = (await drag.columns()).filter((c) => c.name === 'To triage');
    if (!card || !column) throw new Error('no card in reach in triage');

    // To the column's lower edge and held there: the column scrolls under the finger.
    const to = { x: card.point.x, y: Math.min(column.box.y + column.box.height, 844) - 70 };
    await drag.watchRelease(card.cardId);
    await drag.withTouch(card.point, to, { steps: 15, holdMs: 600 });
    await drag.settled();
    const release = await drag.atRelease();
    expect(release?.place?.column).toBe('To triage');
    expect(release?.place?.above).not.toBeNull();
    expect(await drag.placeOf(card.cardId)).toEqual(release?.place);

    const order = await board.titlesIn('To triage');
    await board.reload();
    expect(await board.titlesIn('To triage')).toEqual(order);
  });
});
