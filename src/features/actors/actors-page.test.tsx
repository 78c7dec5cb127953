import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../../domain/default-columns';
import { descriptionOf, tableRows } from '../../testing/read-screen';
import { renderWithProviders } from '../../testing/render-with-providers';
import { createTestBoard, type TestBoard } from '../../testing/test-database';
import { ActorsPage } from './actors-page';

/** Renders the page over a sample board, after `seed` has written any extra rows. */
async function renderPage(seed?: (board: TestBoard) => Promise<void>) {
  const board = await createTestBoard();
  await seed?.(board);
  const user = userEvent.setup();
  const view = renderWithProviders(<ActorsPage boardId={board.boardId} />, board.repositories);
  await screen.findByRole('table', { name: 'Built-in actors' });
  return { ...board, ...view, user };
}

describe('ActorsPage', () => {
  afterEach(cleanup);

  it('adds an actor after the form is valid; built-in actors have no edit buttons', async () => {
    const { user, repositories, boardId } = await renderPage();
    const builtIn = screen.getByRole('table', { name: 'Built-in actors' });
    expect(tableRows(builtIn, 3)).toContainEqual([
      'IOM',
      'International Organization for Migration',
      'UN agencies',
    ]);
    expect(within(builtIn).queryByRole('button')).toBeNull();
    await screen.findByText('You have not added any actors yet.');
    expect(screen.queryByRole('table', { name: 'Your actors' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add actor' }));
    const dialog = screen.getByRole('dialog', { name: 'Add actor' });
    await user.type(within(dialog).getByLabelText('Abbreviation'), 'iom');
    await user.click(within(dialog).getByRole('button', { name: 'Add actor' }));
    expect(descriptionOf(within(dialog).getByLabelText('Name'))).toBe("Enter the actor's name.");
    expect(descriptionOf(within(dialog).getByLabelText('Group'))).toBe('Choose a group.');
    const abbr = within(dialog).getByLabelText('Abbreviation');
    expect(abbr.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(abbr)).toBe(
      'Cards show actors by abbreviation, so keep it short and distinct. ' +
        'IOM is already the abbreviation of International Organization for Migration.',
    );
    expect(await repositories.actors.list(boardId)).toEqual([]);

    await user.type(within(dialog).getByLabelText('Name'), 'Dhaka Migrant Support Network');
    await user.clear(abbr);
    await user.type(abbr, 'DMSN');
    await user.selectOptions(within(dialog).getByLabelText('Group'), 'civil_society');
    await user.click(within(dialog).getByRole('button', { name: 'Add actor' }));

    const yours = await screen.findByRole('table', { name: 'Your actors' });
    expect(tableRows(yours, 3)).toEqual([
      ['DMSN', 'Dhaka Migrant Support Network', 'Civil society and research'],
    ]);
  });

  it('says where a removed actor is named, tombstones it, and undoes', async () => {
    const { user, repositories, boardId, toasts } = await renderPage(async (board) => {
      const actor = await board.repositories.actors.create(board.boardId, {
        name: 'District Migrant Desk',
        abbr: 'DMD',
        group: 'government',
      });
      await board.repositories.recommendations.create(board.boardId, {
        text: 'Open a migrant desk in every district',
        columnId: defaultColumnId('triage'),
        actorIds: [actor.id],
      });
    });
    const yours = await screen.findByRole('table', { name: 'Your actors' });
    await user.click(within(yours).getByRole('button', { name: /^Remove/ }));
    const dialog = screen.getByRole('dialog', { name: 'Remove actor' });
    await within(dialog).findByText(/named on 1 recommendation and 0 workshops/);
    expect(dialog.textContent).toContain(
      'It is named on 1 recommendation and 0 workshops. They will keep showing DMD, but it can no longer be picked.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove actor' }));

    await screen.findByText('You have not added any actors yet.');
    expect(screen.queryByRole('table', { name: 'Your actors' })).toBeNull();
    const all = await repositories.actors.list(boardId, { includeRemoved: true });
    expect(all).toMatchObject([{ abbr: 'DMD', deletedAt: expect.any(String) }]);

    const [toast] = toasts.getSnapshot();
    expect(toast?.message).toBe('Actor DMD removed.');
    toast?.action?.onAction();
    await waitFor(async () => expect(await repositories.actors.list(boardId)).toHaveLength(1));
    const restored = await screen.findByRole('table', { name: 'Your actors' });
    expect(tableRows(restored, 3)).toEqual([['DMD', 'District Migrant Desk', 'Government']]);
  });
});
