import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RecboardDatabase } from '../db/database';
import type { ActionProgress } from '../domain/action-progress';
import { defaultColumnId } from '../domain/default-columns';
import { createRepositories } from '../repositories/repositories';
import { cachedBoard } from '../testing/cached-board';
import { createTestBoard } from '../testing/test-database';
import { applyRowChanges, BULK_CHANGE_ROWS } from './apply-row-changes';
import { useActionProgress } from './board-queries';
import { boardKeys } from './query-keys';
import { useJournalSync } from './use-journal-sync';

/** A tab: its own connection to the shared database, its cache holding the whole board. */
async function openTab(name: string, boardId: string) {
  const repositories = createRepositories(new RecboardDatabase(name));
  const { queryClient, wrapper, board } = await cachedBoard(repositories, boardId);
  renderHook(() => useJournalSync(boardId), { wrapper });
  return { repositories, queryClient, board, wrapper };
}

const IN_PROGRESS = defaultColumnId('in_progress');

describe('keeping each tab in step with the journal', () => {
  it('patches this tab from its own entry, reading nothing', async () => {
    const { db, boardId } = await createTestBoard();
    const tab = await openTab(db.name, boardId);
    const [id] = tab.board()?.cardIdsByColumn[defaultColumnId('triage')] ?? [];
    const read = vi.spyOn(tab.repositories.journal, 'readRows');
    const refetch = vi.spyOn(tab.queryClient, 'invalidateQueries');
    await tab.repositories.recommendations.move({
      id: id as string,
      toColumnId: IN_PROGRESS,
      afterId: null,
      beforeId: null,
    });
    await waitFor(() => expect(tab.board()?.cardIdsByColumn[IN_PROGRESS]?.[0]).toBe(id));
    expect(read).not.toHaveBeenCalled();
    expect(refetch).not.toHaveBeenCalledWith({ queryKey: boardKeys.layout(boardId), exact: true });
  });

  it("patches another tab from the rows the change names: the card's row only", async () => {
    const { db, boardId } = await createTestBoard();
    const here = await openTab(db.name, boardId);
    const there = await openTab(db.name, boardId);
    const [id] = there.board()?.cardIdsByColumn[defaultColumnId('triage')] ?? [];
    const read = vi.spyOn(there.repositories.journal, 'readRows');
    await here.repositories.recommendations.move({
      id: id as string,
      toColumnId: IN_PROGRESS,
      afterId: null,
      beforeId: null,
    });
    await waitFor(() => expect(there.board()?.cardIdsByColumn[IN_PROGRESS]?.[0]).toBe(id));
    expect(read.mock.calls).toEqual([['recommendations', [id]]]);
  });

  it("patches a ticked item's card's counts over the held ones, copying no other card's", async () => {
    const { db, boardId, repositories } = await createTestBoard();
    const [first, second] = await db.recommendations.toArray();
    if (!first || !second) throw new Error('the test board has too few cards');
    const item = await repositories.actionItems.create(boardId, first.id, {
      text: 'Draft',
      ownerActorId: null,
      dueDate: null,
    });
    await repositories.actionItems.create(boardId, second.id, {
      text: 'Consult',
      ownerActorId: null,
      dueDate: null,
    });
    const tab = await openTab(db.name, boardId);
    const key = boardKeys.actionProgress(boardId);
    // Read as the board reads it: a query on screen, whose structural sharing a patch meets.
    const shown = renderHook(() => useActionProgress(boardId, true), { wrapper: tab.wrapper });
    await waitFor(() => expect(shown.result.current.data).toBeDefined());
    const before = shown.result.current.data as ReadonlyMap<string, ActionProgress>;
    const other = [...before.keys()].find((id) => id !== item.recommendationId) ?? '';
    const was = before.get(item.recommendationId);

    await tab.repositories.actionItems.update(item.id, { done: true });
    const held = () => tab.queryClient.getQueryData<ReadonlyMap<string, unknown>>(key);
    await waitFor(() =>
      expect(held()?.get(item.recommendationId)).toEqual({
        done: (was?.done ?? 0) + 1,
        total: was?.total,
      }),
    );
    // The map held before is left as it was, and the other cards' counts are the same objects.
    expect(before.get(item.recommendationId)).toBe(was);
    expect(held()?.get(other)).toBe(before.get(other));
    expect(held()?.size).toBe(before.size);
    // Laid over the held counts (withChanges), not copied into a new Map, by the patch or by
    // the query's structural sharing: a tick costs its card, not the board.
    expect(held()).not.toBeInstanceOf(Map);
    expect(shown.result.current.data).toBe(held());
  });

  it('patches deletions too, and reads the board again after a bulk write', async () => {
    const { db, boardId, repositories } = await createTestBoard();
    const { data } = await repositories.backup.exportSnapshot();
    const here = await openTab(db.name, boardId);
    const there = await openTab(db.name, boardId);
    await here.repositories.boardSetup.clearBoard(boardId);
    await waitFor(() => expect(there.board()?.cardsById.size).toBe(0));
    // 50 rows or more in one request: Dexie names a range of keys, not the keys.
    await here.repositories.bulkWrite.writeAll(data);
    await waitFor(() =>
      expect(there.queryClient.getQueryState(boardKeys.layout(boardId))?.isInvalidated).toBe(true),
    );
  });

  it('reads the board again, rather than patching it, after a write of thousands of rows', async () => {
    const { db, boardId } = await createTestBoard();
    const tab = await openTab(db.name, boardId);
    const before = tab.board();
    const rows = Array.from({ length: BULK_CHANGE_ROWS + 1 }, (_, index) => ({
      key: `card-${index}`,
      row: undefined,
    }));
    const patch = vi.spyOn(tab.queryClient, 'setQueryData');
    await applyRowChanges(tab.queryClient, tab.repositories, boardId, { recommendations: rows });
    expect(patch).not.toHaveBeenCalled();
    expect(tab.queryClient.getQueryState(boardKeys.layout(boardId))?.isInvalidated).toBe(true);
    // One row fewer is patched in place: those cards were not on the board, so nothing goes.
    const fewer = await openTab(db.name, boardId);
    await applyRowChanges(fewer.queryClient, fewer.repositories, boardId, {
      recommendations: rows.slice(1),
    });
    expect(fewer.queryClient.getQueryState(boardKeys.layout(boardId))?.isInvalidated).toBe(false);
    expect(fewer.board()?.cardsById.size).toBe(before?.cardsById.size);
  });

  it('reads the board again, not each row first, when another thread names thousands of keys', async () => {
    const { db, boardId } = await createTestBoard();
    const tab = await openTab(db.name, boardId);
    const read = vi.spyOn(tab.repositories.journal, 'readRows');
    // A delete names each key, however many (the import worker replacing a large board).
    const keys = Array.from({ length: BULK_CHANGE_ROWS + 1 }, (_, index) => `gone-${index}`);
    await new RecboardDatabase(db.name).recommendations.bulkDelete(keys);
    await waitFor(() =>
      expect(tab.queryClient.getQueryState(boardKeys.layout(boardId))?.isInvalidated).toBe(true),
    );
    expect(read).not.toHaveBeenCalled();
  });
});
