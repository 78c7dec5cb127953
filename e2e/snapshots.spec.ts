import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './page-models/app-page';
import { BoardPage } from './page-models/board-page';
import { FindBar } from './page-models/find-bar';
import { SnapshotMenu } from './page-models/snapshot-menu';
import { storedRows } from './page-models/stored-board';
import { pdfText } from './pdf-text';

const TRELLO = 'src/domain/formats/fixtures/trello-board.json';

async function saved(download: { path: () => Promise<string | null> }): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error('the download was not saved');
  return path;
}

/** A copy of a download under its own name: the import dialog names the file it reads. */
async function asFile(path: string, name: string): Promise<string> {
  const copy = join(tmpdir(), `${Date.now()}-${name}`);
  await writeFile(copy, await readFile(path));
  return copy;
}

test('export JSON, CSV, Markdown and PNG, then import each back onto an emptied board', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const board = new BoardPage(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  const count = await board.cards().count();
  expect(count).toBeGreaterThan(5);
  const before = await storedRows(page);
  const firstTitle = (
    (await board.cards().first().getByRole('heading').textContent()) ?? ''
  ).trim();

  const json = await asFile(await saved(await menu.exportAs('JSON snapshot')), 'board.json');
  const snapshot = JSON.parse(await readFile(json, 'utf8'));
  expect(snapshot).toMatchObject({ format: 'recboard-snapshot', app: { name: 'Recboard' } });
  const csv = await asFile(await saved(await menu.exportAs('CSV spreadsheet')), 'board.csv');
  const csvText = await readFile(csv, 'utf8');
  expect(csvText.startsWith('\uFEFFWorkshop,Workshop date,Recommendation')).toBe(true);
  const markdownFile = await asFile(
    await saved(await menu.exportAs('Markdown report')),
    'board.md',
  );
  const markdown = await readFile(markdownFile, 'utf8');
  // A list item per card, under a section per column.
  expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(count);
  const png = await asFile(await saved(await menu.exportAs('PNG image')), 'board.png');
  const pngBytes = await readFile(png);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.includes('recboard-snapshot')).toBe(true);

  // JSON through the file chooser: replace gives back every row exactly.
  await board.startEmpty();
  await expect(board.cards()).toHaveCount(0);
  await menu.importFile(json);
  await expect(menu.summary).toContainText(`the file’s ${snapshot.data.recommendations.length}`);
  await menu.confirm('Replace the board');
  await expect(board.cards()).toHaveCount(count);
  expect(await storedRows(page)).toEqual(before);

  // Undo takes the import back in one step; the PNG, dropped, restores the board.
  await board.undoButton().click();
  await expect(board.cards()).toHaveCount(0);
  await menu.dropFile(png, 'image/png');
  await menu.confirm('Replace the board');
  await expect(board.cards()).toHaveCount(count);
  expect(await storedRows(page)).toEqual(before);

  // The CSV brings the cards back as new cards, every one of them.
  await board.undoButton().click();
  await expect(board.cards()).toHaveCount(0);
  await menu.importFile(csv);
  await expect(menu.summary).toContainText(`${count} recommendations ready to import`);
  await menu.confirm(`Import ${count} recommendations`);
  await expect(board.cards()).toHaveCount(count);
  await expect(board.card(firstTitle)).toBeVisible();

  // The Markdown report, read as a spreadsheet is: new cards, with what the report shows.
  await board.undoButton().click();
  await expect(board.cards()).toHaveCount(0);
  await menu.importFile(markdownFile);
  await expect(menu.dialog).toContainText('A Markdown report is read as a spreadsheet');
  await expect(menu.summary).toContainText(`${count} recommendations ready to import`);
  await menu.confirm(`Import ${count} recommendations`);
  await expect(board.cards()).toHaveCount(count);
  // New cards, and new workshops named as the old ones were: compared by what they show.
  const shown = (rows: Record<string, unknown[]>) => {
    const workshops = new Map(
      (rows.workshops as { id: string; title: string; date: string }[]).map((w) => [w.id, w]),
    );
    return (rows.recommendations as Record<string, unknown>[])
      .filter((row) => row.deletedAt === null)
      .map((row) => {
        const workshop = workshops.get(String(row.workshopId));
        return {
          title: row.title,
          text: row.text,
          columnId: row.columnId,
          response: row.response,
          leadActorId: row.leadActorId,
          dueDate: row.dueDate,
          stageIds: row.stageIds,
          workshop: workshop ? `${workshop.title} (${workshop.date})` : null,
        };
      })
      .sort((a, b) => String(a.text).localeCompare(String(b.text)));
  };
  expect(shown(await storedRows(page))).toEqual(shown(before));
});

test('a filtered, grouped board exports what it shows: the filter’s cards, in its lanes', async ({
  page,
}) => {
  const board = new BoardPage(page);
  const find = new FindBar(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  await find.stageInLanes('Return', 'Responsible actor');
  type Card = { stageIds: string[]; actorIds: string[]; deletedAt: unknown; archivedAt: unknown };
  const live = ((await storedRows(page)).recommendations as Card[]).filter(
    (card) => card.deletedAt === null && card.archivedAt === null,
  );
  const shown = live.filter((card) => card.stageIds.includes('return'));
  await expect(find.status()).toHaveText(`${shown.length} of ${live.length} recommendations`);
  // Grouped by actor, a card is listed once in each of its actors' lanes (or under none).
  const listed = (cards: Card[]) =>
    cards.reduce((sum, card) => sum + Math.max(1, card.actorIds.length), 0);
  const markdown = async (scope: RegExp) => {
    await menu.openExport();
    await menu.scope(scope).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.item('Markdown report').click(),
    ]);
    return readFile(await saved(download), 'utf8');
  };

  const filtered = await markdown(/^Only the \d+ filtered/);
  const lines = filtered.split('\n');
  expect(lines[0]).toContain('Return');
  const sections = lines.filter((line) => line.startsWith('## '));
  expect(sections.length).toBeGreaterThan(1);
  for (const section of sections) expect(section).toMatch(/^## .+ — .+ \(\d+\)$/);
  expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(listed(shown));

  const whole = await markdown(/^The whole board/);
  expect(whole.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(listed(live));
});

test('a spreadsheet: its columns mapped and remembered, an unknown actor created, a stage chosen', async ({
  page,
}) => {
  const board = new BoardPage(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  const csv = async (name: string, rows: string[]) => {
    const path = join(tmpdir(), `${Date.now()}-${name}`);
    await writeFile(path, `Recommendation,Stage,Who,Deadline\n${rows.join('\n')}\n`);
    return path;
  };
  const field = (column: string) =>
    menu.dialog.getByLabel(`Recboard field for the column “${column}”`);

  await menu.importFile(
    await csv('minutes.csv', [
      'Involve union councils in reintegration,Onboarding,Union Parishad Forum,2027-01-31',
      'Train returnee mentors,Reintegration,BMET,2027-02-28',
    ]),
  );
  // "Who" and "Deadline" match no field by name: mapped by hand.
  await expect(field('Who')).toHaveValue('');
  await field('Who').selectOption({ label: 'Responsible actors' });
  await field('Deadline').selectOption({ label: 'Due date' });
  // What the board does not know is offered, not dropped.
  await menu.dialog.getByLabel('Create the actor “Union Parishad Forum”').check();
  await menu.dialog
    .getByLabel('“Onboarding” is the stage')
    .selectOption({ label: 'Pre-departure' });
  await menu.confirm('Import 2 recommendations');
  // At the bottom of a long column, which shows the cards in view: found by a search.
  const find = new FindBar(page);
  await find.searchBox().fill('union councils');
  const councils = board.card(/Involve union councils in reintegration/);
  await expect(councils).toBeVisible();
  await expect(councils.getByRole('list', { name: 'Migration-cycle stages' })).toHaveText(
    'Pre-departure',
  );
  await expect(councils.getByRole('list', { name: 'Responsible actors' })).toContainText(
    'Union Parishad Forum',
  );
  await find.searchBox().fill('returnee mentors');
  await expect(board.card(/Train returnee mentors/)).toContainText('Due 28 Feb 2027');

  // The next file with these columns opens with the mapping chosen last time.
  await menu.importFile(
    await csv('next.csv', ['Budget the mentors,Reintegration,BMET,2027-03-31']),
  );
  await expect(field('Who').locator('option:checked')).toHaveText('Responsible actors');
  await expect(field('Deadline').locator('option:checked')).toHaveText('Due date');
});

test('print to PDF: a header and every card, none cut across pages', async ({ page }) => {
  const board = new BoardPage(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  const titles = await board.cards().getByRole('heading').allInnerTexts();
  const { pdf, cards: printed } = await menu.print();
  // Each printed card's first and last words, without the spaces line breaks move about.
  const squash = (value: string) => value.replace(/\s+/g, '');
  const { text, pages, pageTexts } = await pdfText(pdf);
  expect(pages).toBeGreaterThan(1);
  expect(text).toContain('Whole board');
  for (const title of titles.slice(0, 5)) expect(text).toContain(title.trim().slice(0, 30));
  // No card cut across pages: its beginning and its end are on one page, for every card.
  expect(printed.length).toBe(titles.length);
  const onOnePage = printed.filter((card) => {
    const [head, tail] = [squash(card).slice(0, 24), squash(card).slice(-24)];
    return pageTexts.some((page) => squash(page).includes(head) && squash(page).includes(tail));
  });
  expect(onOnePage).toHaveLength(printed.length);
});

test('a Trello board: the preview says what is not carried over, then the cards arrive', async ({
  page,
}) => {
  const board = new BoardPage(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  await board.startEmpty();
  await menu.importFile(TRELLO);
  await expect(menu.dialog.getByText('Not carried over from Trello:')).toBeVisible();
  await expect(menu.summary).toContainText(/\d+ cards become recommendations/);
  const planned = Number(/(\d+) cards become/.exec((await menu.summary.textContent()) ?? '')?.[1]);
  const archived = Number(/\((\d+) archived\)/.exec((await menu.summary.textContent()) ?? '')?.[1]);
  await menu.confirm(`Import ${planned} recommendations`);
  await expect(board.cards()).toHaveCount(planned - archived);
});

test('a bad file is explained, with where, and the board is left as it was', async ({ page }) => {
  const board = new BoardPage(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  const before = await storedRows(page);
  const broken = join(tmpdir(), `${Date.now()}-broken.csv`);
  await writeFile(broken, 'Title,Recommendation,Due date\nA,Some text,31/02/2024\n');
  await menu.importFile(broken);
  await expect(
    menu.dialog.getByText(
      'Row 2, column “Due date”: “31/02/2024” is not a date (value left empty)',
    ),
  ).toBeVisible();
  await menu.dialog.getByRole('button', { name: 'Close' }).click();
  const truncated = join(tmpdir(), `${Date.now()}-cut.json`);
  await writeFile(truncated, '{"format": "recboard-snapshot", "data": {');
  await menu.importFile(truncated);
  await expect(menu.problem(/stops or breaks at line 1, column \d+/)).toBeVisible();
  await expect(menu.dialog.getByText('The board was left exactly as it was.')).toBeVisible();
  expect(await storedRows(page)).toEqual(before);
});

test('merge a snapshot edited offline in another browser: counts first, then the result', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const board = new BoardPage(page);
  const menu = new SnapshotMenu(page);
  await board.open();
  const ours = await asFile(await saved(await menu.exportAs('JSON snapshot')), 'ours.json');
  const count = await board.cards().count();
  const stored = JSON.parse(await readFile(ours, 'utf8')).data.recommendations.length;

  // With its service worker: offline, the other browser loads the code it needs from it.
  const other = await browser.newContext({ serviceWorkers: 'allow' });
  const otherPage = await other.newPage();
  const theirBoard = new BoardPage(otherPage);
  const theirMenu = new SnapshotMenu(otherPage);
  await theirBoard.open();
  await theirMenu.importFile(ours);
  await theirMenu.confirm('Replace the board');
  // Offline as after a first visit: the app precached (the export's code loads offline).
  await new AppPage(otherPage).waitForOfflineReady();
  await other.setOffline(true);
  const title = (
    (await theirBoard.cards().first().getByRole('heading').textContent()) ?? ''
  ).trim();
  const editor = await theirBoard.openCard(title);
  await editor.getByLabel('Short title').fill('Edited offline');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(theirBoard.card('Edited offline')).toBeVisible();
  const theirs = await asFile(
    await saved(await theirMenu.exportAs('JSON snapshot')),
    'theirs.json',
  );
  await other.close();

  await menu.importFile(theirs);
  await menu.radio(/Merge into this board/).check();
  await expect(menu.summary).toHaveText(
    `Recommendations: 0 new, 1 updated, ${stored - 1} unchanged.`,
  );
  await menu.confirm('Merge');
  await expect(board.card('Edited offline')).toBeVisible();
  await expect(board.cards()).toHaveCount(count);
});
