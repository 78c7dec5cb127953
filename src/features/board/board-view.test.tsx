import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { boardKeys } from '../../queries/query-keys';
import { FIRST_SCREEN_CARDS_PER_COLUMN, readFirstScreen } from '../../queries/read-board-data';
import { renderWithProviders } from '../../testing/render-with-providers';
import { createTestBoard } from '../../testing/test-database';
import { BoardView } from './board-view';

describe('BoardView', () => {
  it('shows each column with its cards, read from IndexedDB', async () => {
    const { repositories, boardId } = await createTestBoard();
    renderWithProviders(<BoardView boardId={boardId} onOpenCard={() => {}} />, repositories);

    const triage = await screen.findByRole('region', { name: 'To triage' });
    const cards = within(triage).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(10);
    expect(within(triage).queryByText(`${cards.length} recommendations`)).not.toBeNull();
    expect(screen.queryByRole('region', { name: 'Closed' })).not.toBeNull();
  });

  it('shows imported text as text, never as HTML', async () => {
    const { repositories, boardId } = await createTestBoard();
    await repositories.boardSetup.clearBoard(boardId);
    const columns = await repositories.columns.list(boardId);
    await repositories.recommendations.create(boardId, {
      text: '<img src=x onerror="alert(1)"> Bring banks on board',
      columnId: columns[0]?.id ?? '',
    });
    const { container } = renderWithProviders(
      <BoardView boardId={boardId} onOpenCard={() => {}} />,
      repositories,
    );
    expect((await screen.findByText(/<img src=x/)).textContent).toContain(
      '<img src=x onerror="alert(1)"> Bring banks on board',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('on a large board mounts only the cards in view, short columns included', async () => {
    const { repositories, boardId } = await createTestBoard();
    await repositories.boardSetup.clearBoard(boardId);
    const columns = await repositories.columns.list(boardId);
    // 204 cards over every column: each column is short, the board is large.
    for (let index = 0; index < 204; index += 1) {
      const column = columns[index % columns.length];
      await repositories.recommendations.create(boardId, {
        text: `Recommendation number ${index + 1}`,
        columnId: column?.id ?? '',
      });
    }
    const { container } = renderWithProviders(
      <BoardView boardId={boardId} onOpenCard={() => {}} />,
      repositories,
    );

    const triage = await within(container).findByRole('region', { name: 'To triage' });
    const perColumn = Math.ceil(204 / columns.length);
    expect(perColumn).toBeLessThan(40);
    expect(within(triage).queryByText(`${perColumn} recommendations`)).not.toBeNull();
    const mounted = within(triage).getAllByRole('article').length;
    expect(mounted).toBeGreaterThan(0);
    expect(mounted).toBeLessThan(perColumn);
    expect(within(container).getAllByRole('article').length).toBeLessThan(100);
  });

  it('paints the first screen with whole counts, then reads the rest of the board, then says so', async () => {
    const { repositories, boardId } = await createTestBoard();
    await repositories.boardSetup.clearBoard(boardId);
    const [triage] = await repositories.columns.list(boardId);
    const ids: string[] = [];
    for (let index = 0; index < 32; index += 1) {
      const card = await repositories.recommendations.create(boardId, {
        text: `Recommendation number ${index + 1}`,
        columnId: triage?.id ?? '',
      });
      ids.push(card.id);
    }
    // Off the board, so left out of the count the indexes give.
    await repositories.recommendations.archive(ids[0] ?? '');
    await repositories.recommendations.remove(ids[1] ?? '');
    const firstScreen = await readFirstScreen(repositories, boardId);
    expect(firstScreen.complete).toBe(false);

    const onWholeBoard = vi.fn();
    const { container } = renderWithProviders(
      <BoardView boardId={boardId} onOpenCard={() => {}} onWholeBoard={onWholeBoard} />,
      repositories,
      (queryClient) => queryClient.setQueryData(boardKeys.layout(boardId), firstScreen),
    );
    expect(onWholeBoard).not.toHaveBeenCalled();
    const column = within(container).getByRole('region', { name: 'To triage' });
    expect(within(column).queryByText('30 recommendations')).not.toBeNull();
    expect(within(column).getAllByRole('article')).toHaveLength(FIRST_SCREEN_CARDS_PER_COLUMN);
    // Shown as a card's text, not merely somewhere in the column.
    expect(within(column).getByText('Recommendation number 3').closest('article')).not.toBeNull();

    await waitFor(() => expect(within(column).getAllByRole('article')).toHaveLength(30));
    expect(within(column).queryByText('30 recommendations')).not.toBeNull();
    expect(within(column).queryByText('Recommendation number 1')).toBeNull();
    await waitFor(() => expect(onWholeBoard).toHaveBeenCalledTimes(1));
  });
});
