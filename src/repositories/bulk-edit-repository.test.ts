import { beforeEach, describe, expect, it } from 'vitest';
import { defaultColumnId } from '../domain/default-columns';
import { sortByRank } from '../domain/ordering';
import type { Recommendation } from '../domain/recommendation';
import { latestEntry } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';

const TRIAGE = defaultColumnId('triage');
const IN_PROGRESS = defaultColumnId('in_progress');

describe('bulk edit repository', () => {
  let board: TestBoard;
  let triage: Recommendation[];
  beforeEach(async () => {
    board = await createTestBoard();
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    triage = sortByRank(cards.filter((card) => card.columnId === TRIAGE));
  });

  const stored = async (id: string) => {
    const row = await board.db.recommendations.get(id);
    if (!row) throw new Error(`no card ${id}`);
    return row;
  };
  const firstFive = () => triage.slice(0, 5).map((card) => card.id);
  const columnOrder = async (columnId: string) => {
    const cards = await board.repositories.recommendations.listOnBoard(board.boardId);
    return sortByRank(cards.filter((card) => card.columnId === columnId)).map((card) => card.id);
  };

  it('moves five cards to the bottom of a column, in order, as one journal entry', async () => {
    expect(triage.length).toBeGreaterThanOrEqual(5);
    const ids = firstFive();
    const before = await columnOrder(IN_PROGRESS);
    const entriesBefore = await board.db.journal.count();
    await board.repositories.bulkEdit.editMany(ids, { kind: 'move', columnId: IN_PROGRESS });

    expect(await columnOrder(IN_PROGRESS)).toEqual([...before, ...ids]);
    expect(await board.db.journal.count()).toBe(entriesBefore + 1);
    const entry = await latestEntry(board.db);
    expect(entry.action).toEqual({
      kind: 'cards.bulkEdited',
      params: { count: 5, edit: 'move' },
    });
    expect([...entry.cardIds].sort()).toEqual([...ids].sort());
  });

  it('undoes a bulk move in one step through the journal', async () => {
    const ids = firstFive();
    const rowsBefore = await Promise.all(ids.map(stored));
    const order = await columnOrder(TRIAGE);
    await board.repositories.bulkEdit.editMany(ids, { kind: 'move', columnId: IN_PROGRESS });
    expect((await stored(ids[0] ?? '')).columnId).toBe(IN_PROGRESS);

    await board.repositories.journal.undo(await latestEntry(board.db));
    expect(await Promise.all(ids.map(stored))).toEqual(rowsBefore);
    expect(await columnOrder(TRIAGE)).toEqual(order);
  });

  it('sets the lead actor, adding it to the responsible actors', async () => {
    const ids = firstFive();
    await board.repositories.bulkEdit.editMany(ids, { kind: 'lead', actorId: 'iom' });
    for (const id of ids) {
      const card = await stored(id);
      expect(card.leadActorId).toBe('iom');
      expect(card.actorIds).toContain('iom');
    }
  });

  it('removing the lead actor from the responsible actors clears the lead', async () => {
    const [id] = firstFive();
    if (!id) throw new Error('no card');
    await board.repositories.bulkEdit.editMany([id], { kind: 'lead', actorId: 'iom' });
    await board.repositories.bulkEdit.editMany([id], { kind: 'removeActor', actorId: 'iom' });
    const card = await stored(id);
    expect(card.leadActorId).toBeNull();
    expect(card.actorIds).not.toContain('iom');
  });

  it('adds and removes stages and labels without duplicates', async () => {
    const ids = firstFive().slice(0, 2);
    await board.repositories.bulkEdit.editMany(ids, { kind: 'addStage', stageId: 'return' });
    await board.repositories.bulkEdit.editMany(ids, { kind: 'addStage', stageId: 'return' });
    await board.repositories.bulkEdit.editMany(ids, { kind: 'addLabel', label: ' cafe\u0301 ' });
    for (const id of ids) {
      const card = await stored(id);
      expect(card.stageIds.filter((stage) => stage === 'return')).toHaveLength(1);
      expect(card.labels).toContain('caf\u00e9');
    }
    await board.repositories.bulkEdit.editMany(ids, { kind: 'removeStage', stageId: 'return' });
    await board.repositories.bulkEdit.editMany(ids, { kind: 'removeLabel', label: 'café' });
    for (const id of ids) {
      const card = await stored(id);
      expect(card.stageIds).not.toContain('return');
      expect(card.labels).not.toContain('caf\u00e9');
    }
  });

  it('sets the response and due date, and archives, each one undo step', async () => {
    const ids = firstFive().slice(0, 3);
    await board.repositories.bulkEdit.editMany(ids, { kind: 'response', response: 'noted' });
    await board.repositories.bulkEdit.editMany(ids, { kind: 'due', dueDate: '2027-03-31' });
    await board.repositories.bulkEdit.editMany(ids, { kind: 'archive' });
    for (const id of ids) {
      const card = await stored(id);
      expect(card.response).toBe('noted');
      expect(card.dueDate).toBe('2027-03-31');
      expect(card.archivedAt).not.toBeNull();
    }
    await board.repositories.journal.undo(await latestEntry(board.db));
    for (const id of ids) expect((await stored(id)).archivedAt).toBeNull();
  });

  it('refuses a bad date or an unknown card, writing nothing', async () => {
    const ids = firstFive();
    const entries = await board.db.journal.count();
    await expect(
      board.repositories.bulkEdit.editMany(ids, { kind: 'due', dueDate: '2027-02-31' }),
    ).rejects.toThrow();
    await expect(
      board.repositories.bulkEdit.editMany([...ids, '0190a000-0000-7000-8000-000000000000'], {
        kind: 'response',
        response: 'accepted',
      }),
    ).rejects.toThrow(/recommendations/);
    expect(await board.db.journal.count()).toBe(entries);
    for (const id of ids) expect((await stored(id)).response).not.toBe('accepted');
  });
});
