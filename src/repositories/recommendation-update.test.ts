import { beforeEach, describe, expect, it } from 'vitest';
import { historyLines } from '../domain/card-history';
import { defaultColumnId } from '../domain/default-columns';
import type { JournalEntry } from '../domain/journal';
import { newId } from '../lib/ids';
import { historyKinds, undoLatest } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';

describe('editing and the card lifecycle', () => {
  let board: TestBoard;
  let id: string;
  beforeEach(async () => {
    board = await createTestBoard();
    const card = await board.repositories.recommendations.create(board.boardId, {
      text: 'Introduce SSNP for vulnerable migrant workers',
      columnId: defaultColumnId('triage'),
    });
    id = card.id;
  });

  const history = () => historyKinds(board.repositories, id);

  it('saves only the changed fields, journaled with their old and new values', async () => {
    const saved = await board.repositories.recommendations.update(id, {
      title: 'SSNP in the national budget',
      actorIds: ['moewoe', 'wewb'],
      leadActorId: 'moewoe',
      text: 'Introduce SSNP for vulnerable migrant workers',
    });
    expect(saved).toMatchObject({ title: 'SSNP in the national budget', leadActorId: 'moewoe' });
    const [edit] = await board.repositories.journal.listForCard(id);
    expect(edit?.action.kind).toBe('card.edited');
    expect(historyLines(edit as JournalEntry, id)).toEqual([
      { kind: 'field', field: 'title', before: '', after: 'SSNP in the national budget' },
      { kind: 'field', field: 'actorIds', before: [], after: ['moewoe', 'wewb'] },
      { kind: 'field', field: 'leadActorId', before: null, after: 'moewoe' },
    ]);
  });

  it('puts a card whose column is edited at the bottom of that column, in one entry', async () => {
    const done = defaultColumnId('implemented');
    await board.repositories.recommendations.update(id, { columnId: done, priority: 'high' });
    expect(await history()).toEqual(['card.created', 'card.edited']);
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    const column = cards
      .filter((c) => c.columnId === done)
      .sort((a, b) => (a.rank < b.rank ? -1 : 1));
    expect(column.at(-1)?.id).toBe(id);
  });

  it('refuses a lead actor who is not responsible, and saves nothing', async () => {
    await expect(
      board.repositories.recommendations.update(id, { leadActorId: 'mofa' }),
    ).rejects.toThrow(/lead actor/);
    expect((await board.repositories.recommendations.get(id)).leadActorId).toBeNull();
    expect(await history()).toEqual(['card.created']);
  });

  it('reads the cards on the board and the archived ones in one pass, deleted ones left out', async () => {
    const { recommendations } = board.repositories;
    const create = (text: string) =>
      recommendations.create(board.boardId, { text, columnId: defaultColumnId('triage') });
    const archived = await create('Map the reintegration services of each district');
    const deleted = await create('Bring banks on board for reintegration packages');
    await recommendations.archive(archived.id);
    await recommendations.remove(deleted.id);
    const both = await recommendations.listOnBoardAndArchived(board.boardId);
    const onBoardIds = both.onBoard.map((card) => card.id);
    expect(onBoardIds).toContain(id);
    expect(onBoardIds).not.toContain(archived.id);
    expect(onBoardIds).not.toContain(deleted.id);
    expect(both.archived.map((card) => card.id)).toEqual([archived.id]);
    // The same cards as the two reads it replaces.
    expect(both.onBoard).toEqual(await recommendations.listOnBoard(board.boardId));
    expect(both.archived).toEqual(await recommendations.listArchived(board.boardId));
  });

  it('lists only the archived cards of this board, newest first, none deleted', async () => {
    const { recommendations } = board.repositories;
    const create = (boardId: string, text: string) =>
      recommendations.create(boardId, { text, columnId: defaultColumnId('triage') });

    const first = await create(board.boardId, 'Map the reintegration services of each district');
    const second = await create(board.boardId, 'Train embassy staff on complaint handling');
    const archivedThenDeleted = await create(board.boardId, 'Publish recruitment agency ratings');
    for (const card of [first, second, archivedThenDeleted]) {
      await recommendations.archive(card.id);
    }
    await recommendations.remove(archivedThenDeleted.id);
    // Another board's archived card, in the same index.
    const archived = await recommendations.get(first.id);
    await board.db.recommendations.put({ ...archived, id: newId(), boardId: newId() });
    expect((await recommendations.listArchived(board.boardId)).map((card) => card.id)).toEqual([
      second.id,
      first.id,
    ]);
  });

  it('archives and restores, deletes and undoes, each in the history', async () => {
    const onBoard = async () =>
      (await board.repositories.recommendations.listOnBoard(board.boardId)).some(
        (c) => c.id === id,
      );
    await board.repositories.recommendations.archive(id);
    expect(await onBoard()).toBe(false);
    expect(
      (await board.repositories.recommendations.listArchived(board.boardId)).map((c) => c.id),
    ).toEqual([id]);
    await board.repositories.recommendations.unarchive(id);
    expect(await onBoard()).toBe(true);
    await board.repositories.recommendations.remove(id);
    expect(await onBoard()).toBe(false);
    expect(await board.db.recommendations.get(id)).toBeDefined();
    await undoLatest(board.db, board.repositories);
    expect(await onBoard()).toBe(true);
    expect(await history()).toEqual([
      'card.created',
      'card.archived',
      'card.restored',
      'card.deleted',
      'undo',
    ]);
  });
});
