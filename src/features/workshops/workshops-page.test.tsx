import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { definitions, descriptionOf } from '../../testing/read-screen';
import { renderWithProviders } from '../../testing/render-with-providers';
import { createTestBoard, type TestBoard } from '../../testing/test-database';
import { WorkshopsPage } from './workshops-page';

/** Renders the page over a sample board, after `seed` has written any extra rows. */
async function renderPage(seed?: (board: TestBoard) => Promise<void>) {
  const board = await createTestBoard();
  await seed?.(board);
  const user = userEvent.setup();
  const view = renderWithProviders(<WorkshopsPage boardId={board.boardId} />, board.repositories);
  await screen.findByRole('list', { name: 'All workshops' });
  return { ...board, ...view, user };
}

describe('WorkshopsPage', () => {
  afterEach(cleanup);

  it('shows errors next to the fields and saves nothing until the form is valid', async () => {
    const { user, db } = await renderPage();
    const before = await db.workshops.count();
    await user.click(screen.getByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    await user.click(within(dialog).getByLabelText('Place'));
    await user.paste('x'.repeat(301));
    await user.click(within(dialog).getByRole('button', { name: 'Add workshop' }));

    const title = within(dialog).getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(title)).toBe('Give the workshop a title.');
    expect(descriptionOf(within(dialog).getByLabelText('Date'))).toBe(
      'Enter the date of the meeting.',
    );
    expect(descriptionOf(within(dialog).getByLabelText('Place'))).toBe(
      'Shorten this to at most 300 characters.',
    );
    expect(document.activeElement).toBe(title);
    expect(await db.workshops.count()).toBe(before);

    await user.type(title, 'Returnee reintegration consultation');
    expect(title.getAttribute('aria-invalid')).toBeNull();
  });

  it('creates a workshop with organisers picked by group', async () => {
    const { user, repositories, boardId } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    await user.type(within(dialog).getByLabelText('Title'), '<b>Consultation</b> on returnees');
    await user.type(within(dialog).getByLabelText('Date'), '2024-12-18');
    await user.selectOptions(within(dialog).getByLabelText('Kind of meeting'), 'consultation');
    const un = within(dialog).getByRole('group', { name: 'UN agencies' });
    await user.click(within(un).getByRole('checkbox', { name: /^IOM/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add workshop' }));

    const item = await screen.findByRole('article', { name: '<b>Consultation</b> on returnees' });
    expect(definitions(item)).toMatchObject({
      'Kind of meeting': 'Consultation',
      Organisers: 'IOM',
    });
    expect(item.querySelector('b')).toBeNull();
    const stored = (await repositories.workshops.list(boardId)).find(
      (w) => w.date === '2024-12-18',
    );
    expect(stored).toMatchObject({ kind: 'consultation', organiserIds: ['iom'] });
  });

  it('says how many recommendations a workshop has and moves them on delete, with undo', async () => {
    const { user, repositories, boardId, toasts } = await renderPage();
    const workshops = await repositories.workshops.list(boardId);
    const counts = await Promise.all(
      workshops.map((w) => repositories.workshops.countRecommendations(w.id)),
    );
    const count = Math.max(...counts);
    const source = workshops[counts.indexOf(count)];
    const target = workshops.find((w) => w !== source);
    if (!source || !target) throw new Error('the sample board has workshops');
    const targetCount = await repositories.workshops.countRecommendations(target.id);

    const item = screen.getByRole('article', { name: source.title });
    const shown = definitions(item);
    await user.click(within(item).getByRole('button', { name: /^Delete/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete workshop' });
    const choices = await within(dialog).findByRole('group', {
      name: new RegExp(`has ${count} recommendations\\.`),
    });
    await user.click(within(choices).getByRole('radio', { name: 'Move them to another workshop' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete workshop' }));
    expect(descriptionOf(within(dialog).getByLabelText('Workshop to move them to'))).toBe(
      'Choose the workshop to move them to.',
    );
    await user.selectOptions(within(dialog).getByLabelText('Workshop to move them to'), target.id);
    await user.click(within(dialog).getByRole('button', { name: 'Delete workshop' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: source.title })).toBeNull());
    expect(await repositories.workshops.countRecommendations(target.id)).toBe(targetCount + count);
    const [toast] = toasts.getSnapshot();
    expect(toast?.message).toMatch(`${count} recommendations moved to`);

    toast?.action?.onAction();
    const restored = await screen.findByRole('article', { name: source.title });
    expect(definitions(restored)).toEqual(shown);
    expect(await repositories.workshops.countRecommendations(source.id)).toBe(count);
  });

  it('never shows a count kept from an earlier opening of the delete dialog', async () => {
    const { user, repositories, boardId } = await renderPage();
    const [first, second] = await repositories.workshops.list(boardId);
    if (!first || !second) throw new Error('the sample board has workshops');
    const before = await repositories.workshops.countRecommendations(second.id);
    const openDelete = async () => {
      const item = screen.getByRole('article', { name: second.title });
      await user.click(within(item).getByRole('button', { name: /^Delete/ }));
      return screen.getByRole('dialog', { name: 'Delete workshop' });
    };

    const dialog = await openDelete();
    await within(dialog).findByText(new RegExp(`has ${before} recommendations?\\.`));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await repositories.workshops.remove(first.id, {
      recommendations: 'move',
      toWorkshopId: second.id,
    });
    const after = await repositories.workshops.countRecommendations(second.id);
    expect(after).toBeGreaterThan(before);

    const reopened = await openDelete();
    expect(
      within(reopened).queryByText(new RegExp(`has ${before} recommendations?\\.`)),
    ).toBeNull();
    const question = await within(reopened).findByText(
      new RegExp(`has ${after} recommendations\\.`),
    );
    expect(question.textContent).toBe(
      `“${second.title}” has ${after} recommendations. What should happen to them?`,
    );
  });

  it('offers live user actors as organisers and keeps a removed one on its workshops', async () => {
    const ids = { network: '', gone: '', workshop: '' };
    const { user, repositories } = await renderPage(async ({ repositories, boardId }) => {
      const network = await repositories.actors.create(boardId, {
        name: 'Dhaka Migrant Support Network',
        abbr: 'DMSN',
        group: 'civil_society',
      });
      const gone = await repositories.actors.create(boardId, {
        name: 'Closed Office',
        abbr: 'CLO',
        group: 'government',
      });
      const workshop = await repositories.workshops.create(boardId, {
        title: 'Meeting with a closed office',
        date: '2030-01-01',
        kind: 'workshop',
        organiserIds: [gone.id],
      });
      await repositories.actors.remove(gone.id);
      Object.assign(ids, { network: network.id, gone: gone.id, workshop: workshop.id });
    });

    const item = screen.getByRole('article', { name: 'Meeting with a closed office' });
    await waitFor(() => expect(definitions(item).Organisers).toBe('CLO'));
    await user.click(within(item).getByRole('button', { name: /^Edit/ }));
    const dialog = screen.getByRole('dialog', { name: 'Edit workshop' });
    const civil = within(dialog).getByRole('group', { name: 'Civil society and research' });
    expect(within(civil).getByRole('checkbox', { name: /DMSN/ })).toHaveProperty('checked', false);
    const removed = within(dialog).getByRole('checkbox', { name: /CLO \(removed\)/ });
    expect((removed as HTMLInputElement).checked).toBe(true);

    await user.click(within(civil).getByRole('checkbox', { name: /DMSN/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save workshop' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await repositories.workshops.get(ids.workshop)).organiserIds).toEqual([
      ids.gone,
      ids.network,
    ]);
  });
});
