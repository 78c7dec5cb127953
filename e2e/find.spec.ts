import { expect, type Locator, type Page, test } from '@playwright/test';
import { BUILT_IN_ACTORS, STAGE_IDS, type StageId } from '../src/domain/taxonomy';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import { seriousViolations } from './page-models/axe-check';
import { BoardPage } from './page-models/board-page';
import { CardEditorPage } from './page-models/card-editor-page';
import { FindBar } from './page-models/find-bar';
import { storedRows } from './page-models/stored-board';

/*
 * Find and focus (issue 13), on the sample board: the filters, a drag across swimlanes, its
 * undo, and saved views. What each check expects is read from IndexedDB, not from the screen.
 */

interface StoredCard {
  id: string;
  columnId: string;
  stageIds: StageId[];
  actorIds: string[];
  dueDate: string | null;
  archivedAt: string | null;
  deletedAt: string | null;
}

interface StoredColumn {
  id: string;
  kind: string;
  deletedAt: string | null;
}

/** Each stage's English name, as the board's words say it. */
const STAGE_LABEL = Object.fromEntries(STAGE_IDS.map((id) => [id, en[`stage.${id}`]])) as Record<
  StageId,
  string
>;

/** A date every due date before is overdue, whatever the day the test runs. */
const LONG_AGO = '2020-01-15';

async function liveCards(page: Page): Promise<{ cards: StoredCard[]; open: Set<string> }> {
  const rows = await storedRows(page);
  const columns = (rows.columns as StoredColumn[]).filter((column) => column.deletedAt === null);
  const cards = (rows.recommendations as StoredCard[]).filter(
    (card) => card.deletedAt === null && card.archivedAt === null,
  );
  // Cards in a done or closed column are never overdue.
  const open = new Set(
    columns
      .filter((column) => column.kind !== 'done' && column.kind !== 'closed')
      .map((column) => column.id),
  );
  return { cards, open };
}

/** The card on the board with this id, and its title as the board shows it. */
async function cardById(board: BoardPage, id: string): Promise<{ item: Locator; title: string }> {
  const item = board.board.locator(`[data-card-item="${id}"]`).first();
  const title = ((await item.getByRole('heading').first().textContent()) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return { item, title };
}

/**
 * A window that shows the whole board grouped by stage with two lanes open (32rem each) and
 * the others folded: a drag near the window's edge would scroll it.
 */
const WHOLE_GROUPED_BOARD = { width: 1280, height: 1800 };

/** Groups the board by stage and folds every lane but these, so they share the screen. */
async function groupByStageShowing(find: FindBar, open: readonly string[]): Promise<void> {
  await find.groupBy().selectOption({ label: 'Migration-cycle stage' });
  const lanes = [...Object.values(STAGE_LABEL), 'No stage'];
  for (const lane of lanes.filter((name) => !open.includes(name))) {
    await find.page.getByRole('button', { name: `Fold the lane ${lane}`, exact: true }).click();
  }
}

async function setDueDate(board: BoardPage, title: string, date: string): Promise<void> {
  const editor = new CardEditorPage(board.page);
  await board.openCard(title);
  await editor.dueDate.fill(date);
  await editor.save();
  await expect(editor.dialog).toBeHidden();
}

test.describe('find and focus', () => {
  test('filter by stage, actor and overdue: exactly the cards that are all three, counted', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const find = new FindBar(page);
    await board.open();
    const { cards, open } = await liveCards(page);
    // The stage and actor most often together on cards still open: two of them are needed.
    const pairs = new Map<string, StoredCard[]>();
    for (const card of cards.filter((c) => open.has(c.columnId))) {
      for (const stage of card.stageIds) {
        for (const actor of card.actorIds) {
          const key = `${stage}|${actor}`;
          pairs.set(key, [...(pairs.get(key) ?? []), card]);
        }
      }
    }
    const [key, together] = [...pairs].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!key || !together || together.length < 2) throw new Error('no stage and actor shared');
    const [stage, actorId] = key.split('|') as [StageId, string];
    const actor = BUILT_IN_ACTORS.find((known) => known.id === actorId);
    if (!actor) throw new Error(`${actorId} is not a built-in actor`);
    const [overdue, notDue] = together;
    // Overdue too, with the stage, but not the actor.
    const otherOverdue = cards.find(
      (card) =>
        open.has(card.columnId) &&
        card.stageIds.includes(stage) &&
        !card.actorIds.includes(actorId),
    );
    if (!overdue || !notDue || !otherOverdue) throw new Error('not enough cards to filter');
    const shown = await cardById(board, overdue.id);
    const notDueTitle = (await cardById(board, notDue.id)).title;
    const otherTitle = (await cardById(board, otherOverdue.id)).title;
    await setDueDate(board, shown.title, LONG_AGO);
    await setDueDate(board, otherTitle, LONG_AGO);

    await find.openFilters();
    await find.filterOption('Migration-cycle stages', STAGE_LABEL[stage]).check();
    await find.filterOption('Responsible actors', `${actor.abbr} ${actor.name}`).check();
    await find.filterOption('Due date', 'Overdue').check();

    await expect(find.status()).toHaveText(`1 of ${cards.length} recommendations`);
    await expect(board.cards()).toHaveCount(1);
    await expect(board.card(shown.title)).toBeVisible();
    await expect(find.chips()).toContainText(`Stage: ${STAGE_LABEL[stage]}`);
    await expect(find.chips()).toContainText(`Actor: ${actor.abbr}`);

    // Without "overdue": every card with the stage and the actor, in any column.
    await find.filterOption('Due date', 'Overdue').uncheck();
    const both = cards.filter(
      (card) => card.stageIds.includes(stage) && card.actorIds.includes(actorId),
    );
    await expect(find.status()).toHaveText(`${both.length} of ${cards.length} recommendations`);
    await expect(board.cards()).toHaveCount(both.length);
    await expect(board.card(notDueTitle)).toBeVisible();
    await expect(board.card(otherTitle)).toHaveCount(0);

    // The filter is in the address: a reload shows the same cards.
    await board.reload();
    await expect(find.status()).toHaveText(`${both.length} of ${cards.length} recommendations`);
    await expect(board.cards()).toHaveCount(both.length);
  });

  test('grouped by stage, a card dragged into another lane takes its stage; undo puts it back', async ({
    page,
  }) => {
    await page.setViewportSize(WHOLE_GROUPED_BOARD);
    const board = new BoardPage(page);
    const find = new FindBar(page);
    const editor = new CardEditorPage(page);
    await board.open();
    const { cards } = await liveCards(page);
    const triage = (await storedRows(page)).columns as (StoredColumn & { name: string })[];
    const triageId = triage.find((column) => column.kind === 'triage')?.id;
    // A card in triage with one stage, dragged into the lane of a stage it does not have.
    const card = cards.find(
      (candidate) =>
        candidate.columnId === triageId &&
        candidate.stageIds.length === 1 &&
        candidate.stageIds[0] !== 'reintegration',
    );
    if (!card?.stageIds[0]) throw new Error('no card in triage with one stage');
    const from = STAGE_LABEL[card.stageIds[0]];
    const to = STAGE_LABEL.reintegration;
    const { title } = await cardById(board, card.id);

    await groupByStageShowing(find, [from, to]);
    const source = board.column(`To triage, ${from}`);
    const target = board.column(`To triage, ${to}`);
    await expect(source.getByRole('article', { name: title, exact: true })).toBeVisible();

    await board.dragWithMouse(title, target);
    await expect(target.getByRole('article', { name: title, exact: true })).toBeVisible();
    await expect(source.getByRole('article', { name: title, exact: true })).toHaveCount(0);

    // One undo step takes back both the stage and the place (the stack is the tab's: before
    // a reload, which starts it empty).
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect(board.toast(/Undone: /)).toBeVisible();
    await expect(source.getByRole('article', { name: title, exact: true })).toBeVisible();
    await expect(target.getByRole('article', { name: title, exact: true })).toHaveCount(0);
    const undone = (await liveCards(page)).cards.find((stored) => stored.id === card.id);
    expect(undone?.stageIds).toEqual(card.stageIds);
    expect(undone?.columnId).toBe(card.columnId);

    // Dragged again (the toast, over the lane, put away first), the new stage is kept
    // through a reload, which keeps the grouping too.
    await board
      .toast(/Undone: /)
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await board.dragWithMouse(title, target);
    await expect(target.getByRole('article', { name: title, exact: true })).toBeVisible();
    await board.reload();
    await expect(find.groupBy()).toHaveValue('stage');
    await expect(target.getByRole('article', { name: title, exact: true })).toBeVisible();
    await expect(source.getByRole('article', { name: title, exact: true })).toHaveCount(0);
    await board.openCard(title);
    await expect(editor.stage(to)).toBeChecked();
    await expect(editor.stage(from)).not.toBeChecked();
  });

  test('grouped, "Move to…" and the keyboard take a card into another lane as a drag does', async ({
    page,
  }) => {
    await page.setViewportSize(WHOLE_GROUPED_BOARD);
    const board = new BoardPage(page);
    const find = new FindBar(page);
    const editor = new CardEditorPage(page);
    await board.open();
    const [from, to] = [STAGE_LABEL.reintegration, STAGE_LABEL.cross_cutting];
    await groupByStageShowing(find, [from, to]);
    const source = `To triage, ${from}`;
    const target = `To triage, ${to}`;
    const [moved, second] = await board.titlesIn(source);
    if (!moved || !second) throw new Error(`not enough cards in ${source}`);

    // "Move to…": the lane, the column and the position, chosen without a pointer.
    await board.moveTo(moved, 'In progress', /^Top/, to);
    await expect(board.cardIn(`In progress, ${to}`, moved)).toBeVisible();
    await expect(board.cardIn(source, moved)).toHaveCount(0);
    await board.openCard(moved);
    await expect(editor.stage(to)).toBeChecked();
    await expect(editor.stage(from)).not.toBeChecked();
    await editor.close();

    // The keyboard: picked up at the bottom of its lane's column, down into the lane below.
    const last = (await board.titlesIn(source)).at(-1);
    if (!last) throw new Error(`no card left in ${source}`);
    await board.moveWithKeyboard(last, ['ArrowDown']);
    await expect(board.liveRegion()).toContainText(`Dropped ${last} in To triage, position 1`);
    await expect(board.cardIn(target, last)).toBeVisible();
    await expect(board.cardIn(source, last)).toHaveCount(0);
    await board.reload();
    await expect(board.cardIn(target, last)).toBeVisible();
    await expect(board.cardIn(`In progress, ${to}`, moved)).toBeVisible();
  });

  test('a saved view survives a reload and opens from its address in a new tab', async ({
    page,
    context,
  }) => {
    const board = new BoardPage(page);
    const find = new FindBar(page);
    await board.open();
    const total = await board.cards().count();

    await find.stageInLanes('Return', 'Responsible actor');
    const matched = ((await find.status().textContent()) ?? '').trim();
    expect(matched).toMatch(new RegExp(`^\\d+ of ${total} recommendations$`));
    await find.saveView('Return, by actor');

    await page.goto('/');
    await board.whole();
    await expect(find.status()).toHaveText(`${total} recommendations`);
    await board.reload();
    await find.openViews();
    const link = find.savedView('Return, by actor');
    const href = await link.getAttribute('href');
    if (!href) throw new Error('the saved view has no address');

    const tab = await context.newPage();
    await tab.goto(href);
    const other = new FindBar(tab);
    await new BoardPage(tab).whole();
    await expect(other.status()).toHaveText(matched);
    await expect(other.groupBy()).toHaveValue('actor');
    await expect(other.chips()).toContainText('Stage: Return');
    await tab.close();

    // Opened from the list in place, the view is marked as the current one.
    await link.click();
    await expect(find.status()).toHaveText(matched);
    await find.openViews();
    await expect(find.savedView('Return, by actor')).toHaveAttribute('aria-current', 'page');
  });

  test('axe finds no serious violation in the open filter panel, the chips or the lanes', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const find = new FindBar(page);
    await board.open();
    await find.openFilters();
    await find.filterOption('Migration-cycle stages', 'Return').check();
    await find.searchBox().fill('migrant');
    await find.groupBy().selectOption({ label: 'Migration-cycle stage' });
    await expect(find.chips()).toContainText('Stage: Return');
    await expect(page.getByRole('button', { name: 'Fold the lane Return' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
