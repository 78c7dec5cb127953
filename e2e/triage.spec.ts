import { expect, type Page, test } from '@playwright/test';
import { STAGE_IDS } from '../src/domain/taxonomy';
import { seriousViolations } from './page-models/axe-check';
import { BoardPage } from './page-models/board-page';
import { reloadWhenSaved } from './page-models/reload-when-saved';
import { storedRows } from './page-models/stored-board';
import { TriagePage } from './page-models/triage-page';

/** Triage is a full-screen modal dialog: once it is open, the page under it is inert. */
const TRIAGE_DIALOG = 'dialog[open]';
// 12 December: the same digits whether the browser's date field takes the day or the month
// first (it follows the browser's own language, not the page's locale).
const DUE = { typed: '12122026', stored: '2026-12-12', shown: '12 Dec 2026' };

interface StoredCard {
  id: string;
  title: string;
  text: string;
  response: string;
  columnId: string;
  leadActorId: string | null;
  dueDate: string | null;
  stageIds: string[];
}
interface StoredColumn {
  id: string;
  name: string;
}
interface StoredNote {
  recommendationId: string;
  text: string;
}

async function stored(page: Page) {
  const rows = await storedRows(page);
  const cards = rows.recommendations as StoredCard[];
  const columns = rows.columns as StoredColumn[];
  const notes = rows.progressNotes as StoredNote[];
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const byHeading = (heading: string) => {
    const card = cards.find((row) => words(row.title || row.text) === words(heading));
    if (!card) throw new Error(`no stored card is headed “${heading}”`);
    return card;
  };
  const columnId = (name: string) => columns.find((column) => column.name === name)?.id;
  return { byHeading, columnId, notes };
}

test.describe('triage mode', () => {
  test('five cards decided by keyboard alone are stored, and summed up in order', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const triage = new TriagePage(page);
    await board.open();
    await triage.openWithKey();
    // The first scope is the board's view; one step down is the first column, To triage.
    await triage.startOnScopeByKeyboard(1, /^To triage \(/);
    await expect(triage.position).toHaveText(/^Recommendation 1 of \d+$/);
    const headings: string[] = [];
    const heading = async () => {
      const text = await triage.cardTitle();
      headings.push(text);
      return text;
    };

    // 1: accepted, in progress, lead BMET, due 12 December 2026.
    await heading();
    await triage.decide('a', 'Saved: Response: Accepted');
    await triage.decide('3', 'Saved: Column: In progress');
    await triage.press('l');
    await expect(triage.leadActor).toBeFocused();
    await page.keyboard.type('bme');
    await triage.decide('Enter', /^Saved: Lead actor: BMET/);
    await expect(triage.leadActor).not.toBeFocused();
    await triage.press('d');
    await expect(triage.dueDate).toBeFocused();
    await page.keyboard.type(DUE.typed);
    await triage.decide('Enter', `Saved: Due date: ${DUE.shown}`);
    await triage.press('j');

    // 2: accepted in part, with a progress note.
    await expect(triage.position).toHaveText(/^Recommendation 2 of/);
    await heading();
    await triage.decide('p', 'Saved: Response: Accepted in part');
    await triage.press('m');
    await expect(triage.note).toBeFocused();
    await page.keyboard.type('Ask the ministry for a timeline');
    await triage.decide('Enter', 'Saved: Note: Ask the ministry for a timeline');
    await triage.press('ArrowRight');

    // 3: skipped.
    await expect(triage.position).toHaveText(/^Recommendation 3 of/);
    await heading();
    await triage.press(' ');

    // 4: noted, and a stage it did not have yet.
    await expect(triage.position).toHaveText(/^Recommendation 4 of/);
    const fourth = await heading();
    const before = (await stored(page)).byHeading(fourth);
    const stage = STAGE_IDS.findIndex((id) => !before.stageIds.includes(id));
    await triage.decide('n', 'Saved: Response: Noted');
    await triage.press('s');
    await triage.decide(String(stage + 1), /^Saved: Stage added: /);
    await triage.press('j');

    // 5: not applicable, to "Accepted – not started", then the summary.
    await expect(triage.position).toHaveText(/^Recommendation 5 of/);
    await heading();
    await triage.decide('x', 'Saved: Response: Not applicable');
    await triage.decide('2', 'Saved: Column: Accepted – not started');
    await triage.press('f');

    await expect(triage.summaryHeading()).toBeFocused();
    expect(await triage.summaryTitles()).toEqual(headings);
    const cards = triage.summaryCards();
    expect(await triage.summaryDecisions(cards.nth(0))).toEqual([
      'Response: Accepted',
      'Column: In progress',
      expect.stringMatching(/^Lead actor: BMET/),
      `Due date: ${DUE.shown}`,
    ]);
    expect(await triage.summaryDecisions(cards.nth(1))).toEqual([
      'Response: Accepted in part',
      'Note: Ask the ministry for a timeline',
    ]);
    expect(await triage.summaryDecisions(cards.nth(2))).toEqual(['Skipped']);
    expect(await triage.summaryDecisions(cards.nth(3))).toEqual([
      'Response: Noted',
      expect.stringMatching(/^Stage added: /),
    ]);
    expect(await triage.summaryDecisions(cards.nth(4))).toEqual([
      'Response: Not applicable',
      'Column: Accepted – not started',
    ]);
    const download = page.waitForEvent('download');
    await triage.downloadButton().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^triage-\d{4}-\d{2}-\d{2}\.md$/);

    await reloadWhenSaved(page);
    await board.whole();
    const after = await stored(page);
    const [first, second, third, fourthTitle, fifth] = headings as [
      string,
      string,
      string,
      string,
      string,
    ];
    expect(after.byHeading(first)).toMatchObject({
      response: 'accepted',
      columnId: after.columnId('In progress'),
      leadActorId: 'bmet',
      dueDate: DUE.stored,
    });
    const secondCard = after.byHeading(second);
    expect(secondCard.response).toBe('accepted_in_part');
    expect(
      after.notes.filter((note) => note.recommendationId === secondCard.id).map((n) => n.text),
    ).toContain('Ask the ministry for a timeline');
    expect(after.byHeading(third).columnId).toBe(after.columnId('To triage'));
    expect(after.byHeading(fourthTitle).response).toBe('noted');
    expect(after.byHeading(fourthTitle).stageIds).toContain(STAGE_IDS[stage]);
    expect(after.byHeading(fifth)).toMatchObject({
      response: 'not_applicable',
      columnId: after.columnId('Accepted – not started'),
    });
  });

  test('a decision is undone with Ctrl+Z, and no key acts while typing a note', async ({
    page,
  }) => {
    const board = new BoardPage(page);
    const triage = new TriagePage(page);
    await board.open();
    await triage.openWithKey();
    await triage.startOnScopeByKeyboard(1, /^To triage \(/);
    const title = await triage.cardTitle();
    const response = (await stored(page)).byHeading(title).response;
    const [key, value, label] =
      response === 'noted' ? ['a', 'accepted', 'Accepted'] : ['n', 'noted', 'Noted'];
    await triage.decide(key, `Saved: Response: ${label}`);
    await expect.poll(async () => (await stored(page)).byHeading(title).response).toBe(value);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(page)).byHeading(title).response).toBe(response);

    await triage.press('m');
    await page.keyboard.type('a j x');
    await expect(triage.note).toHaveValue('a j x');
    await expect(triage.position).toHaveText(/^Recommendation 1 of/);
    expect((await stored(page)).byHeading(title).response).toBe(response);

    // Escape leaves the field (the session goes on), then f ends it: the minutes tell the undo.
    await page.keyboard.press('Escape');
    await expect(triage.position).toBeVisible();
    await triage.press('f');
    expect(await triage.summaryDecisions(triage.summaryCards().first())).toEqual([
      `Response: ${label} (since undone or changed)`,
    ]);
  });

  test('axe finds no serious or critical violations in triage mode', async ({ page }) => {
    const board = new BoardPage(page);
    const triage = new TriagePage(page);
    await board.open();
    await triage.openWithKey();
    await expect(triage.startButton()).toBeEnabled();
    expect(await seriousViolations(page)).toEqual([]);
    await triage.startButton().click();
    await expect(triage.position).toBeVisible();
    await triage.decide('a', 'Saved: Response: Accepted');
    await triage.press('l');
    await page.keyboard.type('m');
    // The whole page was scanned with the dialog open; from here only the modal dialog changes
    // (the board under it is inert, and scanned in light and dark by accessibility.spec.ts).
    expect(await seriousViolations(page, TRIAGE_DIALOG)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page, TRIAGE_DIALOG)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await triage.press('f');
    await expect(triage.summaryHeading()).toBeVisible();
    expect(await seriousViolations(page, TRIAGE_DIALOG)).toEqual([]);
  });
});
