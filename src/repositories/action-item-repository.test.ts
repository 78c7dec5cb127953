import { beforeEach, describe, expect, it } from 'vitest';
import { historyLines } from '../domain/card-history';
import { defaultColumnId } from '../domain/default-columns';
import { historyKinds } from '../testing/journal';
import { createTestBoard, type TestBoard } from '../testing/test-database';

describe('action items', () => {
  let board: TestBoard;
  let cardId: string;
  beforeEach(async () => {
    board = await createTestBoard();
    cardId = (
      await board.repositories.recommendations.create(board.boardId, {
        text: 'A comprehensive action plan for reintegration should be in place',
        columnId: defaultColumnId('accepted'),
      })
    ).id;
  });
  const add = (text: string) =>
    board.repositories.actionItems.create(board.boardId, cardId, {
      text,
      ownerActorId: 'moewoe',
      dueDate: '2027-03-31',
    });

  it('adds, ticks, reorders and deletes, counting progress per card', async () => {
    const draft = await add('Draft the plan');
    const consult = await add('Consult returnee organisations');
    await add('Adopt the plan');
    await board.repositories.actionItems.update(draft.id, { done: true });
    await board.repositories.actionItems.move(consult.id, 0);
    const items = await board.repositories.actionItems.list(cardId);
    expect(items.map((i) => i.text)).toEqual([
      'Consult returnee organisations',
      'Draft the plan',
      'Adopt the plan',
    ]);
    expect(
      (await board.repositories.actionItems.progressByCard(board.boardId)).get(cardId),
    ).toEqual({
      done: 1,
      total: 3,
    });
    await board.repositories.actionItems.remove(consult.id);
    expect(await board.repositories.actionItems.list(cardId)).toHaveLength(2);
    expect(await historyKinds(board.repositories, cardId)).toEqual([
      'card.created',
      'actionItem.added',
      'actionItem.added',
      'actionItem.added',
      'actionItem.ticked',
      'actionItem.reordered',
      'actionItem.removed',
    ]);
  });

  it('journals a new owner or due date with the old and the new value, each on its own line', async () => {
    const draft = await add('Draft the plan');
    await board.repositories.actionItems.update(draft.id, { ownerActorId: 'wewb' });
    await board.repositories.actionItems.update(draft.id, { dueDate: null });
    const [cleared, reassigned] = await board.repositories.journal.listForCard(cardId);
    if (!cleared || !reassigned) throw new Error('the two edits were not journaled');
    expect(historyLines(reassigned, cardId)).toEqual([
      { kind: 'itemOwner', text: 'Draft the plan', before: 'moewoe', after: 'wewb' },
    ]);
    expect(historyLines(cleared, cardId)).toEqual([
      { kind: 'itemDue', text: 'Draft the plan', before: '2027-03-31', after: null },
    ]);
  });

  it('reorders all or nothing: a failure half-way leaves every rank as it was', async () => {
    const draft = await add('Draft the plan');
    const consult = await add('Consult returnee organisations');
    const adopt = await add('Adopt the plan');
    // Two items with one rank (an older import) make the move re-rank every item: three rows.
    await board.db.actionItems.update(consult.id, { rank: draft.rank });
    const ranks = async () =>
      (await board.db.actionItems.bulkGet([draft.id, consult.id, adopt.id])).map(
        (item) => item?.rank,
      );
    const before = await ranks();
    const fail = () => {
      throw new Error('quota exceeded');
    };
    board.db.journal.hook('creating', fail);
    await expect(board.repositories.actionItems.move(adopt.id, 1)).rejects.toThrow(
      'quota exceeded',
    );
    board.db.journal.hook('creating').unsubscribe(fail);
    expect(await ranks()).toEqual(before);

    // The same move, not failing, re-ranks them: three distinct ranks, the moved one second.
    await board.repositories.actionItems.move(adopt.id, 1);
    // (Three distinct ranks where two were equal: the items were re-ranked.)
    const [first, second, moved] = await ranks();
    expect(new Set([first, second, moved]).size).toBe(3);
    expect([first, second, moved].sort()[1]).toBe(moved);
  });

  it('refuses an item with no text, writing nothing', async () => {
    await expect(add('   ')).rejects.toThrow();
    expect(await board.repositories.actionItems.list(cardId)).toHaveLength(0);
  });

  it('adds progress notes newest first, each logged in the history', async () => {
    const notes = board.repositories.progressNotes;
    await notes.create(board.boardId, cardId, {
      date: '2026-01-10',
      text: 'Concept note shared with MoEWOE',
      evidence: '',
      author: 'LMTWG secretariat',
    });
    await notes.create(board.boardId, cardId, {
      date: '2026-06-02',
      text: 'Draft plan circulated',
      evidence: 'https://example.org/plan.pdf',
      author: '',
    });
    expect((await notes.list(cardId)).map((n) => n.date)).toEqual(['2026-06-02', '2026-01-10']);
    await expect(
      notes.create(board.boardId, cardId, {
        date: '2026-02-31',
        text: 'x',
        evidence: '',
        author: '',
      }),
    ).rejects.toThrow();
    const kinds = await historyKinds(board.repositories, cardId);
    expect(kinds.filter((kind) => kind === 'note.added')).toHaveLength(2);
  });
});
