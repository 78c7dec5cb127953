import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { docxFromText, pdfFromText } from '../src/workers/report/testing/report-files';
import { seriousViolations } from './page-models/axe-check';
import { BoardPage } from './page-models/board-page';
import { ReportImportPage } from './page-models/report-import-page';
import { storedRows } from './page-models/stored-board';

/*
 * From a workshop report to cards: the .txt seed, and a .docx and a .pdf made from it here
 * (nothing downloaded), read, reviewed, added to "To triage" and undone in one step.
 */

const SEED = 'src/domain/report-extraction/fixtures/000_86feef317d7116cf.txt';
const files = { txt: '', docx: '', pdf: '' };

test.beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recboard-report-'));
  const text = await readFile(SEED, 'utf8');
  files.txt = join(dir, 'twg-meeting-2017.txt');
  files.docx = join(dir, 'twg-meeting-2017.docx');
  files.pdf = join(dir, 'twg-meeting-2017.pdf');
  await copyFile(SEED, files.txt);
  await writeFile(files.docx, await docxFromText(text));
  await writeFile(files.pdf, await pdfFromText(text));
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startOf = (text: string) => new RegExp(`^${escaped(text.slice(0, 40))}`);

async function press(page: Page, keys: string): Promise<void> {
  await page.locator('body').focus();
  await page.keyboard.press(keys);
}

test.describe('importing a workshop report', () => {
  test('a .txt report: reviewed beside the report, tags edited, added to triage; kept after reload', async ({
    page,
  }) => {
    const importer = new ReportImportPage(page);
    const board = new BoardPage(page);
    // An empty board: the new cards are the only ones in triage, so none is scrolled away.
    await board.open();
    await board.startEmpty();
    await expect(board.cards()).toHaveCount(0);
    await importer.open();
    await importer.openFile(files.txt);
    await expect(importer.status).toHaveText(/^Found \d+ possible recommendations in twg-meeting/);
    await expect(importer.confidence(1)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Focusing a candidate marks its passage in the report beside it.
    const second = await importer.text(2).inputValue();
    await importer.text(2).focus();
    await expect(importer.passage).toHaveText(second);

    const skills = await importer.numberOf('Importance of skills training');
    await importer.openTags(skills);
    await importer.stage(skills, 'Pre-departure').check();

    await expect(importer.newWorkshop).toBeChecked();
    await expect(importer.workshopTitle).toHaveValue(
      'Technical Working Group Meeting held on Thematic Strategy Papers on Migration and Development',
    );
    await expect(importer.workshopDate).toHaveValue('2017-06-20');
    await expect(importer.workshopPlace).toHaveValue('Pan Pacific Sonargaon Hotel, Dhaka');

    const chosen = await importer.chosenTexts();
    expect(chosen.length).toBeGreaterThan(4);
    await importer.addButton().click();
    await expect(importer.added(chosen.length)).toBeVisible();

    await board.reload();
    const triage = board.cardsIn('To triage');
    for (const text of chosen) {
      await expect(
        triage.filter({ has: page.getByRole('heading', { name: startOf(text) }) }),
      ).toHaveCount(1);
    }
    await expect(
      board
        .card(/^Importance of skills training/)
        .getByRole('list', { name: 'Migration-cycle stages' }),
    ).toContainText('Pre-departure');
    await expect(
      board
        .card(/^She added, the need to empower the embassies/)
        .getByRole('list', { name: 'Responsible actors' }),
    ).toContainText('MoFA');

    // The same report again: its workshop is found on the board, its candidates flagged.
    await importer.open();
    await importer.openFile(files.txt);
    await expect(importer.existingWorkshop).toBeChecked();
    await expect(importer.duplicateNote(1)).toBeVisible();
  });

  test('a .docx report: merge and split, add, then undo the whole import with Ctrl+Z', async ({
    page,
  }) => {
    const importer = new ReportImportPage(page);
    const board = new BoardPage(page);
    await board.open();
    const before = await storedRows(page);
    const triage = Number((await board.countIn('To triage').innerText()).replace(/\D/g, ''));
    await importer.open();
    await importer.openFile(files.docx);
    await expect(importer.status).toHaveText(/^Found \d+ possible recommendations in twg-meeting/);

    const first = await importer.numberOf('Importance of skills training');
    const firstText = await importer.text(first).inputValue();
    const secondText = await importer.text(first + 1).inputValue();
    const count = await importer.candidates().count();
    await importer.merge(first).click();
    await expect(importer.candidates()).toHaveCount(count - 1);
    await expect(importer.text(first)).toHaveValue(`${firstText} ${secondText}`);
    await importer.text(first).focus();
    await expect(importer.passage).toHaveText([firstText, secondText]);
    // The cursor where the second part begins, then split there.
    await importer.text(first).evaluate((field: HTMLTextAreaElement, at) => {
      field.setSelectionRange(at, at);
    }, firstText.length + 1);
    await importer.split(first).click();
    await expect(importer.candidates()).toHaveCount(count);
    await expect(importer.text(first + 1)).toHaveValue(secondText);

    const chosen = await importer.chosenTexts();
    await importer.addButton().click();
    await expect(importer.added(chosen.length)).toBeVisible();
    await board.whole();
    await expect(board.countIn('To triage')).toHaveText(
      `${triage + chosen.length} recommendations`,
    );

    await press(page, 'Control+z');
    await expect(board.countIn('To triage')).toHaveText(`${triage} recommendations`);
    await expect.poll(() => storedRows(page)).toEqual(before);
  });

  test('a .pdf report: read page by page, its locators name pages, added to triage', async ({
    page,
  }) => {
    const importer = new ReportImportPage(page);
    const board = new BoardPage(page);
    await board.open();
    await board.startEmpty();
    await expect(board.cards()).toHaveCount(0);
    await importer.open();
    await importer.openFile(files.pdf);
    await expect(importer.status).toHaveText(/^Found \d+ possible recommendations in twg-meeting/);
    await expect(importer.candidate(1).getByText(/^Where: p\. 1, /)).toBeVisible();
    const last = await importer.candidates().count();
    await expect(importer.candidate(last).getByText(/^Where: p\. 2, /)).toBeVisible();
    const chosen = await importer.chosenTexts();
    await importer.addButton().click();
    await expect(importer.added(chosen.length)).toBeVisible();
    await board.reload();
    const embassies = board.card(/^She added, the need to empower the embassies/);
    await expect(embassies).toBeVisible();
    await expect(embassies.getByRole('list', { name: 'Responsible actors' })).toContainText('MoFA');
  });
});
