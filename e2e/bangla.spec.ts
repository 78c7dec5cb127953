import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BanglaApp } from './page-models/bangla-app';
import { reloadWhenSaved } from './page-models/reload-when-saved';

// The browser says Bangla first: Recboard's first choice follows navigator.languages.
test.use({ locale: 'bn-BD' });

/** প্রয়োজন typed with য় as one code point (U+09DF), the way some keyboards send it. */
const TYPED_WITH_YYA = 'বিদেশগামী কর্মীদের বহির্গমন-পূর্ব প্রশিক্ষণ জোরদার করা প্র\u09DFোজন';
/** The same word searched as য + ় (U+09AF U+09BC). */
const SEARCHED_AS_YA_NUKTA = 'প্র\u09AF\u09BCোজন';

test('the whole interface in Bangla: every page and main dialog, fonts, search and CSV', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const app = new BanglaApp(page);
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await app.startEmpty();
  await app.addRecommendation(TYPED_WITH_YYA);
  await expect(app.cards()).toHaveCount(1);

  // Bangla glyphs, not tofu: the shipped Noto Sans Bengali is loaded once Bangla is shown.
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Bengali"', 'বাংলা')))
    .toBe(true);

  expect(await app.latinText()).toEqual([]);
  expect(await app.seriousViolations()).toEqual([]);

  // The other encoding of য় finds the card; an unrelated word finds nothing.
  await app.search().fill(SEARCHED_AS_YA_NUKTA);
  await expect(app.cards()).toHaveCount(1);
  await app.search().fill('পুনঃএকত্রীকরণ');
  await expect(app.cards()).toHaveCount(0);
  await app.search().fill('');
  await expect(app.cards()).toHaveCount(1);

  await app.openCard(TYPED_WITH_YYA.normalize('NFC'));
  expect(await app.latinText('[role="dialog"], dialog[open]')).toEqual([]);
  expect(await app.seriousViolations()).toEqual([]);
  await app.closeDialog();

  const pages: [string, string | RegExp][] = [
    ['workshops', 'কর্মশালা'],
    ['actors', 'সংস্থা'],
    ['archive', 'আর্কাইভ'],
    ['activity', 'কার্যকলাপ'],
    ['settings', 'সেটিংস'],
    ['import-report', 'কর্মশালার প্রতিবেদন আমদানি করুন'],
  ];
  for (const [route, heading] of pages) {
    await app.visit(route, heading);
    expect(await app.latinText(), route).toEqual([]);
    expect(await app.seriousViolations(), route).toEqual([]);
  }

  await app.visit('workshops', 'কর্মশালা');
  await page.getByRole('button', { name: 'নতুন কর্মশালা' }).first().click();
  expect(await app.latinText('[role="dialog"], dialog[open]')).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'বাতিল' }).click();

  await app.visit('actors', 'সংস্থা');
  await page.getByRole('button', { name: 'সংস্থা যোগ করুন' }).first().click();
  expect(await app.latinText('[role="dialog"], dialog[open]')).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'বাতিল' }).click();

  // Bijoy text pasted into the report box is offered a conversion, in Bangla.
  await app.visit('import-report', 'কর্মশালার প্রতিবেদন আমদানি করুন');
  const box = page.getByRole('textbox', { name: 'প্রতিবেদনের লেখা' });
  await box.focus();
  await page.evaluate(() => {
    const bijoy = 'cÖevmx Kj¨vY I ˆe‡`wkK Kg©ms¯’vb gš¿Yvjq';
    const data = new DataTransfer();
    data.setData('text/plain', bijoy);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.getByRole('status').filter({ hasText: 'বিজয়' })).toBeVisible();
  await box.fill('cÖevmx Kj¨vY I ˆe‡`wkK Kg©ms¯’vb gš¿Yvjq');
  await page.getByRole('button', { name: 'রূপান্তর করুন' }).click();
  await expect(box).toHaveValue('প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়');

  // The CSV export opens back with the Bangla text intact (NFC, as stored).
  await page.evaluate(() => {
    window.location.hash = '#/board';
  });
  await expect(app.board).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'রপ্তানি', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^CSV স্প্রেডশিট/ }).click(),
  ]);
  const csvText = await readFile(await download.path(), 'utf8');
  expect(csvText).toContain(TYPED_WITH_YYA.normalize('NFC'));
  const csv = join(tmpdir(), `${Date.now()}-সুপারিশ.csv`);
  await writeFile(csv, csvText);
  // Reopened on another device (a fresh browser profile): its board has never seen the card.
  const other = await browser.newContext({ locale: 'bn-BD' });
  const otherPage = await other.newPage();
  const otherApp = new BanglaApp(otherPage);
  await otherApp.open();
  await otherApp.startEmpty();
  const [chooser] = await Promise.all([
    otherPage.waitForEvent('filechooser'),
    otherPage.getByRole('banner').getByRole('button', { name: 'আমদানি', exact: true }).click(),
  ]);
  await chooser.setFiles(csv);
  const dialog = otherPage.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await otherApp.latinText('[role="dialog"], dialog[open]')).toEqual([]);
  await dialog.getByRole('button', { name: /আমদানি করুন$/ }).click();
  await expect(otherApp.cards()).toHaveCount(1);
  await otherApp.openCard(TYPED_WITH_YYA.normalize('NFC'));
  await expect(otherPage.getByLabel('সুপারিশ, যেভাবে বলা হয়েছে')).toHaveValue(
    TYPED_WITH_YYA.normalize('NFC'),
  );
  await other.close();
});

test('the switch in the header repaints without a reload and is remembered', async ({ page }) => {
  const app = new BanglaApp(page);
  await app.open();
  await page.evaluate(() => {
    Object.assign(window, { notReloaded: true });
  });
  await app.languageSwitch.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Recommendation board' })).toBeVisible();
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);

  await reloadWhenSaved(page);
  await expect(page.getByRole('region', { name: 'Recommendation board' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('bn');
  await expect(app.board).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(page.getByText(/[০-৯]+টি সুপারিশ/).first()).toBeVisible();
});
