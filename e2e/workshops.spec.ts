import { expect, test } from '@playwright/test';
import { ActorsPage } from './page-models/actors-page';
import { allViolations } from './page-models/axe-check';
import { reloadWhenSaved } from './page-models/reload-when-saved';
import { WorkshopsPage } from './page-models/workshops-page';

const ORIENTATION =
  'Orientation on Migration and GCM for the Bangladesh Migration Compact Taskforce';
const LMTWG_13 = '13th Labour Migration Technical Working Group (LMTWG) meeting';

test.describe('workshops and actors', () => {
  test('creates and edits a workshop, and keeps it after reload', async ({ page }) => {
    const workshops = new WorkshopsPage(page);
    await workshops.open();

    await workshops.create({
      title: 'Returnee reintegration consultation',
      date: '2024-12-18',
      kind: 'Consultation',
      place: 'Khulna',
      organisers: [{ group: 'UN agencies', actor: /^IOM/ }],
    });
    const created = workshops.workshop('Returnee reintegration consultation');
    await expect(created).toContainText('Khulna');
    await expect(created).toContainText('IOM');
    await expect(created).toContainText('18 Dec 2024');

    await workshops.edit('Returnee reintegration consultation', {
      title: 'Returnee reintegration consultation (Jessore)',
      place: 'Jessore',
    });
    const edited = workshops.workshop('Returnee reintegration consultation (Jessore)');
    await expect(edited).toContainText('Jessore');
    await expect(created).toHaveCount(0);

    await reloadWhenSaved(page);
    await expect(edited).toBeVisible();
    await expect(edited).toContainText('Consultation');
    await expect(edited).toContainText('IOM');
  });

  test('says how many recommendations a deleted workshop has and moves them', async ({ page }) => {
    const workshops = new WorkshopsPage(page);
    await workshops.open();
    const before = await workshops.recommendationCount(LMTWG_13);

    const dialog = await workshops.startDelete(ORIENTATION);
    const question = dialog.getByText(/has \d+ recommendations\. What should happen to them\?/);
    await expect(question).toBeVisible();
    const moved = Number(/has (\d+)/.exec((await question.textContent()) ?? '')?.[1]);
    expect(moved).toBeGreaterThan(1);
    await workshops.chooseForRecommendations(dialog, { move: LMTWG_13 });
    await workshops.confirmDelete(dialog);

    await expect(workshops.toast(`${moved} recommendations moved to “${LMTWG_13}”`)).toBeVisible();
    await expect(workshops.workshop(ORIENTATION)).toHaveCount(0);
    expect(await workshops.recommendationCount(LMTWG_13)).toBe(before + moved);

    await reloadWhenSaved(page);
    await expect(workshops.workshop(LMTWG_13)).toBeVisible();
    await expect(workshops.workshop(ORIENTATION)).toHaveCount(0);
    expect(await workshops.recommendationCount(LMTWG_13)).toBe(before + moved);
  });

  test('deleting a workshop with its recommendations can be undone', async ({ page }) => {
    const workshops = new WorkshopsPage(page);
    await workshops.open();
    const count = await workshops.recommendationCount(ORIENTATION);

    const dialog = await workshops.startDelete(ORIENTATION);
    await workshops.chooseForRecommendations(dialog, 'Delete them too');
    await workshops.confirmDelete(dialog);
    const toast = workshops.toast(`and its ${count} recommendations deleted`);
    await toast.getByRole('button', { name: 'Undo' }).click();

    await expect(workshops.workshop(ORIENTATION)).toBeVisible();
    expect(await workshops.recommendationCount(ORIENTATION)).toBe(count);
    await reloadWhenSaved(page);
    expect(await workshops.recommendationCount(ORIENTATION)).toBe(count);
  });

  test('a user actor survives reload, can be picked as an organiser, and its removal undone', async ({
    page,
  }) => {
    const actors = new ActorsPage(page);
    await actors.open();
    await expect(actors.builtInActors.getByRole('rowheader', { name: 'BMET' })).toBeVisible();
    await actors.add({
      name: 'Dhaka Migrant Support Network',
      abbr: 'DMSN',
      group: 'Civil society and research',
    });
    await expect(actors.userActor('DMSN')).toContainText('Dhaka Migrant Support Network');

    await reloadWhenSaved(page);
    await expect(actors.userActor('DMSN')).toBeVisible();

    const workshops = new WorkshopsPage(page);
    await workshops.openFromNav();
    await workshops.create({
      title: 'Network launch',
      date: '2025-03-02',
      organisers: [{ group: 'Civil society and research', actor: /^DMSN/ }],
    });
    await expect(workshops.workshop('Network launch')).toContainText('DMSN');

    await reloadWhenSaved(page);
    await expect(workshops.workshop('Network launch')).toContainText('DMSN');
    const dialog = await workshops.startEdit('Network launch');
    await expect(workshops.organiser(dialog, 'Civil society and research', /^DMSN/)).toBeChecked();
    await page.keyboard.press('Escape');

    // Removed while a workshop names it, then taken back with the toast's Undo.
    await actors.open();
    const toast = await actors.remove('DMSN');
    await expect(actors.userActor('DMSN')).toHaveCount(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(actors.userActor('DMSN')).toContainText('Dhaka Migrant Support Network');
    await reloadWhenSaved(page);
    await expect(actors.userActor('DMSN')).toContainText('Dhaka Migrant Support Network');
  });

  test('the pages and their dialogs have no axe violations', async ({ page }) => {
    const axe = () => allViolations(page);
    // A modal dialog leaves the page under it inert, and that page was scanned just before.
    const axeDialog = () => allViolations(page, 'dialog[open]');
    const workshops = new WorkshopsPage(page);
    await workshops.open();
    expect(await axe()).toEqual([]);
    const form = await workshops.startNew();
    await form.getByRole('button', { name: 'Add workshop' }).click();
    await expect(form.getByLabel('Title')).toBeFocused();
    expect(await axeDialog()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeFocused();
    const deletion = await workshops.startDelete(ORIENTATION);
    await workshops.chooseForRecommendations(deletion, { move: LMTWG_13 });
    expect(await axeDialog()).toEqual([]);

    const actors = new ActorsPage(page);
    await actors.open();
    expect(await axe()).toEqual([]);
  });
});
