import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultColumnId } from '../../domain/default-columns';
import type { JournalEntry } from '../../domain/journal';
import { newId } from '../../lib/ids';
import { latestEntry } from '../../testing/journal';
import { renderWithProviders } from '../../testing/render-with-providers';
import { createTestBoard, type TestBoard } from '../../testing/test-database';
import { ActivityPage } from './activity-page';

/** Noon on 1 May 2020 on the viewer's clock, so the test's days are the same in any time zone. */
const MAY_DAY = new Date(2020, 4, 1, 12).toISOString();

/** A change kept from before the journal: a card moved between columns, on 1 May 2020. */
function legacyMove(board: TestBoard, cardId: string): JournalEntry {
  const id = newId();
  return {
    id,
    boardId: board.boardId,
    at: MAY_DAY,
    origin: 'legacy',
    action: { kind: 'legacy', params: {} },
    changes: [],
    cardIds: [cardId],
    legacy: {
      id,
      boardId: board.boardId,
      recommendationId: cardId,
      createdAt: MAY_DAY,
      type: 'moved',
      fromColumnId: defaultColumnId('triage'),
      toColumnId: defaultColumnId('accepted'),
    },
  };
}

/** A card retitled and moved, a column renamed, a workshop edited and that edit undone. */
async function renderPage() {
  const board = await createTestBoard();
  const { repositories: r, boardId } = board;
  const [card] = (await r.recommendations.listOnBoard(boardId)).filter(
    (c) => c.columnId === defaultColumnId('triage'),
  );
  const [workshop] = await r.workshops.list(boardId);
  if (!card || !workshop) throw new Error('the sample board has cards and workshops');
  await board.db.journal.add(legacyMove(board, card.id));
  await r.recommendations.update(card.id, { title: '<b>Bold</b> claim' });
  await r.recommendations.move({
    id: card.id,
    toColumnId: defaultColumnId('in_progress'),
    afterId: null,
    beforeId: null,
  });
  await r.columns.update(defaultColumnId('implemented'), { name: 'Done and dusted' });
  await r.workshops.update(workshop.id, { title: 'Returnee consultation' });
  await r.journal.undo(await latestEntry(board.db));
  const user = userEvent.setup();
  const view = renderWithProviders(<ActivityPage boardId={boardId} />, r);
  await screen.findByRole('list');
  return { ...board, ...view, user, workshop };
}

/** Each row as the person reads it: what was done, and who made it when not they. */
function rowsShown(): string[][] {
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((row) =>
      [...row.children]
        .filter((part) => part.tagName !== 'TIME')
        .map((part) => part.textContent ?? ''),
    );
}

const status = () => screen.getByRole('status').textContent;

describe('ActivityPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every change newest first, in words, undo saying what it undid', async () => {
    const { workshop, db } = await renderPage();
    expect(rowsShown()).toEqual([
      ['Undid: Edited the workshop “Returnee consultation”', 'undo'],
      ['Edited the workshop “Returnee consultation”'],
      ['Changed the column “Done and dusted”'],
      ['Moved “<b>Bold</b> claim” to In progress'],
      ['Edited “<b>Bold</b> claim”'],
      ['Created the board “Test board”', 'automatic'],
      ['Moved “<b>Bold</b> claim” from To triage to Accepted – not started', 'before the journal'],
    ]);
    expect(status()).toBe('7 changes');
    expect(screen.getByRole('list').querySelector('b')).toBeNull();
    expect((await db.workshops.get(workshop.id))?.title).toBe(workshop.title);

    const items = screen.getAllByRole('listitem');
    const places = items.map((item) => Number(item.getAttribute('aria-posinset')));
    expect(places).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(items.map((item) => item.getAttribute('aria-setsize')))).toEqual(new Set(['7']));
    const oldest = items[6]?.querySelector('time');
    expect(oldest?.getAttribute('dateTime')).toBe(MAY_DAY);
    expect(oldest?.textContent).toMatch(/^1 May 2020/);
  });

  it('narrows the list to one kind of change', async () => {
    const { user } = await renderPage();
    const kind = screen.getByLabelText('Kind of change');
    await user.selectOptions(kind, 'Columns');
    await waitFor(() => expect(rowsShown()).toEqual([['Changed the column “Done and dusted”']]));
    expect(status()).toBe('1 change');

    await user.selectOptions(kind, 'Cards');
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    expect(rowsShown().map(([action]) => action)).toEqual([
      'Moved “<b>Bold</b> claim” to In progress',
      'Edited “<b>Bold</b> claim”',
      'Moved “<b>Bold</b> claim” from To triage to Accepted – not started',
    ]);

    await user.selectOptions(kind, 'Actors');
    await waitFor(() => expect(status()).toBe('No changes match these filters.'));
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('narrows the list to days, both ends included', async () => {
    const { user } = await renderPage();
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    await user.type(from, '2020-05-01');
    await user.type(to, '2020-05-01');
    await waitFor(() =>
      expect(rowsShown()).toEqual([
        [
          'Moved “<b>Bold</b> claim” from To triage to Accepted – not started',
          'before the journal',
        ],
      ]),
    );

    await user.clear(to);
    await waitFor(() => expect(rowsShown()).toHaveLength(7));
    await user.clear(from);
    await user.type(from, '2020-05-02');
    await waitFor(() => expect(rowsShown()).toHaveLength(6));
    expect(rowsShown().at(-1)).toEqual(['Created the board “Test board”', 'automatic']);
  });

  it('shows a change made while it is open at the top', async () => {
    const { repositories } = await renderPage();
    await repositories.columns.update(defaultColumnId('noted'), { name: 'Noted only' });
    await waitFor(() => expect(rowsShown()[0]).toEqual(['Changed the column “Noted only”']));
    expect(status()).toBe('8 changes');
  });

  it('renders only the rows in view, and reads older pages as the end comes into view', async () => {
    const board = await createTestBoard();
    const [first] = await board.repositories.recommendations.listOnBoard(board.boardId);
    if (!first) throw new Error('the sample board has cards');
    await board.db.journal.bulkAdd(Array.from({ length: 150 }, () => legacyMove(board, first.id)));
    // jsdom lays nothing out: every row is 40 px high here, as a browser would measure it.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.tagName === 'LI' ? 40 : 0;
    });
    renderWithProviders(<ActivityPage boardId={board.boardId} />, board.repositories);
    const list = await screen.findByRole('list');
    expect(status()).toBe('The latest 100 changes; older ones load as you scroll');
    const shown = () => within(list).getAllByRole('listitem');
    expect(shown().length).toBeLessThan(40);
    expect(shown()[0]?.getAttribute('aria-setsize')).toBe('-1');

    const scroller = screen.getByRole('region', { name: 'Changes, newest first' });
    scroller.scrollTop = 100 * 40 - 700;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(status()).toBe('151 changes'));
    expect(shown().length).toBeLessThan(60);
    expect(shown()[0]?.getAttribute('aria-setsize')).toBe('151');
    // The end of the list, wherever the rows not yet measured put it.
    scroller.scrollTop = 100_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(shown().at(-1)?.getAttribute('aria-posinset')).toBe('151'));
  });
});
