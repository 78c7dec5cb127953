import { describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import type { JournalEntry } from '../domain/journal';
import { createTestBoard } from '../testing/test-database';
import { rowsOfEntry, SHOWN_AHEAD_ROWS, showRowsAhead } from './apply-row-changes';
import { createQueryClient } from './query-client';
import { boardKeys } from './query-keys';
import { type BoardData, readBoardData } from './read-board-data';
import { createUndoStack } from './undo-stack';

const TRIAGE = defaultColumnId('triage');
const IN_PROGRESS = defaultColumnId('in_progress');

/** A board whose first triage card was moved to "In progress", with this tab's cache and stack. */
async function movedCard() {
  const { db, repositories, boardId } = await createTestBoard();
  const queryClient = createQueryClient(() => {});
  const key = boardKeys.layout(boardId);
  const board = () => queryClient.getQueryData<BoardData>(key);
  const shown: BoardData[] = [];
  const stack = createUndoStack(repositories, {
    showAhead: (rows) => {
      const takeBack = showRowsAhead(queryClient, boardId, rows);
      shown.push(board() as BoardData);
      return takeBack;
    },
  });
  repositories.journal.onCommitted(stack.record);
  const [id = ''] = (await readBoardData(repositories, boardId)).cardIdsByColumn[TRIAGE] ?? [];
  await repositories.recommendations.move({
    id,
    toColumnId: IN_PROGRESS,
    afterId: null,
    beforeId: null,
  });
  queryClient.setQueryData(key, await readBoardData(repositories, boardId));
  return { db, repositories, stack, board, shown, id };
}

describe('an undo shown before it is written', () => {
  it('puts the card back on the board before its transaction, then writes it', async () => {
    const { db, stack, board, shown, id } = await movedCard();
    expect(board()?.cardIdsByColumn[IN_PROGRESS]).toContain(id);

    const undone = stack.undo();
    // Synchronously shown: the step runs in the queue's next turn, before any read or write.
    await Promise.resolve();
    await Promise.resolve();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.cardIdsByColumn[TRIAGE]?.[0]).toBe(id);
    expect(shown[0]?.cardIdsByColumn[IN_PROGRESS]).not.toContain(id);

    expect((await undone).kind).toBe('done');
    expect((await db.recommendations.get(id))?.columnId).toBe(TRIAGE);
  });

  it('takes the card back where it was when another tab changed it since', async () => {
    const { db, stack, board, id } = await movedCard();
    const before = board();
    await db.recommendations.update(id, { title: 'Changed in another tab' });

    expect(await stack.undo()).toMatchObject({ kind: 'conflict' });
    expect(board()?.cardIdsByColumn).toEqual(before?.cardIdsByColumn);
    expect(board()?.cardIdsByColumn[IN_PROGRESS]).toContain(id);
  });

  it('shows a large step only once it is written', async () => {
    const { db, repositories, boardId } = await createTestBoard();
    const queryClient = createQueryClient(() => {});
    const key = boardKeys.layout(boardId);
    queryClient.setQueryData(key, await readBoardData(repositories, boardId));
    const before = queryClient.getQueryData(key);
    const rows = {
      recommendations: Array.from({ length: SHOWN_AHEAD_ROWS + 1 }, (_, index) => ({
        key: `card-${index}`,
        row: undefined,
      })),
    };
    expect(showRowsAhead(queryClient, boardId, rows)).toBeUndefined();
    expect(queryClient.getQueryData(key)).toBe(before);
    db.close();
  });

  it('reads a row changed twice in one entry as the first change found it', () => {
    const entry = {
      changes: [
        { table: 'recommendations', key: 'c', before: { v: 1 }, after: { v: 2 } },
        { table: 'recommendations', key: 'c', before: { v: 2 }, after: { v: 3 } },
      ],
    } as unknown as JournalEntry;
    expect(rowsOfEntry(entry, 'before').recommendations?.at(-1)?.row).toEqual({ v: 1 });
    expect(rowsOfEntry(entry).recommendations?.at(-1)?.row).toEqual({ v: 3 });
  });
});
