import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../../domain/default-columns';
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
    expect(within(builtIn).getByRole('rowheader', { name: 'IOM' })).toBeDefined();
    expect(within(builtIn).queryByRole('button')).toBeNull();
    expect(await screen.findByText('You have not added any actors yet.')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Add actor' }));
    const dialog = screen.getByRole('dialog', { name: 'Add actor' });
    await user.type(within(dialog).getByLabelText('Abbreviation'), 'iom');
    await user.click(within(dialog).getByRole('button', { name: 'Add actor' }));
    expect(within(dialog).getByText("Enter the actor's name.")).toBeDefined();
    expect(within(dialog).getByText('Choose a group.')).toBeDefined();
    const abbr = within(dialog).getByLabelText('Abbreviation');
    expect(abbr.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog).getByText(
        'IOM is already the abbreviation of International Organization for Migration.',
      ),
    ).toBeDefined();
    expect(await repositories.actors.list(boardId)).toEqual([]);

    await user.type(within(dialog).getByLabelText('Name'), 'Dhaka Migrant Support Network');
    await user.clear(abbr);
    await user.type(abbr, 'DMSN');
    await user.selectOptions(within(dialog).getByLabelText('Group'), 'civil_society');
    await user.click(within(dialog).getByRole('button', { name: 'Add actor' }));

    const yours = await screen.findByRole('table', { name: 'Your actors' });
    expect(within(yours).getByRole('rowheader', { name: 'DMSN' })).toBeDefined();
    expect(within(yours).getByText('Civil society and research')).toBeDefined();
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
    expect(
      await within(dialog).findByText(/named on 1 recommendation and 0 workshops/),
    ).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Remove actor' }));

    expect(await screen.findByText('You have not added any actors yet.')).toBeDefined();
    const all = await repositories.actors.list(boardId, { includeRemoved: true });
    expect(all).toMatchObject([{ abbr: 'DMD', deletedAt: expect.any(String) }]);

    const [toast] = toasts.getSnapshot();
    expect(toast?.message).toBe('Actor DMD removed.');
    toast?.action?.onAction();
    await waitFor(async () => expect(await repositories.actors.list(boardId)).toHaveLength(1));
    expect(await screen.findByRole('table', { name: 'Your actors' })).toBeDefined();
  });
});
