import { describe, expect, it } from 'vitest';
import { ActionItemSchema } from '../action-item';
import { DEFAULT_BOARD_ID } from '../board';
import { ColumnSchema } from '../column';
import { ProgressNoteSchema } from '../progress-note';
import { RecommendationSchema } from '../recommendation';
import { NOW } from './fixtures/sample-board';
import fixtureText from './fixtures/trello-board.json?raw';
import { parseTrelloExport, planTrelloImport } from './trello-import';
import type { TrelloBoard } from './trello-schema';

function fixture(): TrelloBoard {
  const parsed = parseTrelloExport(fixtureText);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.code}`);
  return parsed.board;
}

const OPTIONS = { boardId: DEFAULT_BOARD_ID, now: NOW, timeZone: 'Asia/Dhaka' };

describe('parseTrelloExport', () => {
  it('keeps the fields it does not know', () => {
    const board = fixture();
    expect(board.prefs).toMatchObject({ background: 'blue', permissionLevel: 'org' });
    expect(board.cards[0]?.shortUrl).toMatch(/^https:\/\/trello\.com\/c\//);
  });

  it('refuses text that is not JSON, and JSON that is not a Trello board', () => {
    expect(parseTrelloExport('{"lists": [')).toEqual({ ok: false, code: 'not_json', issues: [] });
    const result = parseTrelloExport('{"name": "x", "lists": [], "cards": [{"id": "c1"}]}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('not_a_trello_board');
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'id',
      'cards.0.name',
      'cards.0.idList',
    ]);
  });
});

describe('planTrelloImport on a realistic export', () => {
  const board = fixture();
  const plan = planTrelloImport(board, OPTIONS);
  const recByName = (name: string) => plan.recommendations.find((rec) => rec.title === name);

  it('makes rows the schemas accept, with fresh ids', () => {
    for (const column of plan.columns) ColumnSchema.parse(column);
    for (const rec of plan.recommendations) RecommendationSchema.parse(rec);
    for (const item of plan.actionItems) ActionItemSchema.parse(item);
    for (const note of plan.progressNotes) ProgressNoteSchema.parse(note);
    const ids = [plan.columns, plan.recommendations, plan.actionItems, plan.progressNotes]
      .flat()
      .map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f-]{14}7/.test(id))).toBe(true);
  });

  it('turns every list into a column in Trello’s order, archived lists included', () => {
    expect(plan.columns.map((column) => column.name)).toEqual([
      'To triage',
      'Accepted – not started',
      'চলমান (In progress)',
      'Implemented',
      'Parked 2023 ideas',
    ]);
    const ranks = plan.columns.map((column) => column.rank);
    expect([...ranks].sort()).toEqual(ranks);
  });

  it('keeps every card, archiving closed cards and the cards of archived lists', () => {
    expect(plan.recommendations).toHaveLength(46);
    const parked = plan.columns[4]?.id;
    const archived = plan.recommendations.filter((rec) => rec.archivedAt !== null);
    expect(archived).toHaveLength(8);
    expect(
      plan.recommendations
        .filter((rec) => rec.columnId === parked)
        .every((rec) => rec.archivedAt !== null),
    ).toBe(true);
    expect(recByName('Skills recognition (RPL) for returnees')?.archivedAt).not.toBeNull();
  });

  it('orders cards within a column by Trello’s pos', () => {
    for (const [index, column] of plan.columns.entries()) {
      const list = board.lists.toSorted((a, b) => (a.pos ?? 0) - (b.pos ?? 0))[index];
      const trelloOrder = board.cards
        .filter((card) => card.idList === list?.id)
        .toSorted((a, b) => (a.pos ?? 0) - (b.pos ?? 0))
        .map((card) => card.name);
      const ours = plan.recommendations
        .filter((rec) => rec.columnId === column.id)
        .toSorted((a, b) => (a.rank < b.rank ? -1 : 1))
        .map((rec) => rec.title);
      expect(ours).toEqual(trelloOrder);
    }
  });

  it('takes the title from the name and the text from the description, or the name', () => {
    const loans = recByName('Reintegration loans through PKB');
    expect(loans?.text).toBe(
      'Bring banks on board to develop migrant-friendly reintegration packages; PKB to pilot with WEWB.',
    );
    expect(recByName('Disaggregated data on returnees')?.text).toBe(
      'Disaggregated data on returnees',
    );
    expect(recByName('প্রবাসী কল্যাণ ডেস্ক প্রতিটি বিমানবন্দরে')?.text).toBe(
      'বিমানবন্দরে প্রবাসী কল্যাণ ডেস্ক চালু ও ২৪ ঘণ্টা খোলা রাখা।',
    );
  });

  it('reads due instants as dates in the person’s zone, and labels by name or colour', () => {
    // Trello's 2025-02-02T18:00Z is 3 February in Dhaka.
    expect(recByName('Reintegration loans through PKB')?.dueDate).toBe('2025-02-03');
    const utc = planTrelloImport(board, { ...OPTIONS, timeZone: 'UTC' }).recommendations;
    expect(utc.find((rec) => rec.title === 'Reintegration loans through PKB')?.dueDate).toBe(
      '2025-02-02',
    );
    expect(
      recByName('Set up one-stop service centres for returnees in 8 divisions')?.labels,
    ).toEqual(['Reintegration', 'Data', 'sky']);
  });

  it('turns checklist items into action items, in order, done when complete', () => {
    const all = board.checklists?.flatMap((checklist) => checklist.checkItems) ?? [];
    expect(plan.actionItems).toHaveLength(all.length);
    expect(plan.actionItems.filter((item) => item.done)).toHaveLength(
      all.filter((item) => item.state === 'complete').length,
    );
    const centre = recByName('Set up one-stop service centres for returnees in 8 divisions');
    const steps = plan.actionItems
      .filter((item) => item.recommendationId === centre?.id)
      .toSorted((a, b) => (a.rank < b.rank ? -1 : 1));
    const cardLists = (board.checklists ?? [])
      .filter((checklist) => checklist.idCard === board.cards[0]?.id)
      .toSorted((a, b) => (a.pos ?? 0) - (b.pos ?? 0));
    const expected = cardLists.flatMap((checklist) =>
      checklist.checkItems.toSorted((a, b) => (a.pos ?? 0) - (b.pos ?? 0)).map((item) => item.name),
    );
    expect(steps.map((item) => item.text)).toEqual(expected);
    expect(steps[0]?.dueDate).toBe('2025-03-15');
  });

  it('turns comments into progress notes with their date and author', () => {
    const comments = board.actions?.filter((action) => action.type === 'commentCard') ?? [];
    expect(plan.progressNotes).toHaveLength(comments.length);
    const bangla = plan.progressNotes.find((note) => note.text.startsWith('অগ্রগতি'));
    expect(bangla?.author).toMatch(/^(Farhana Akter|তানভীর হাসান|Maria Keller|Rashed Chowdhury)$/);
    // Dhaka is UTC+6 all year: a comment made at 19:00 UTC is dated the next day there.
    for (const [index, comment] of comments
      .toSorted((a, b) => (a.date < b.date ? -1 : 1))
      .entries()) {
      const dhaka = new Date(Date.parse(comment.date) + 6 * 3_600_000).toISOString().slice(0, 10);
      expect(plan.progressNotes[index]).toMatchObject({ date: dhaka, text: comment.data?.text });
    }
  });

  it('counts what it leaves behind', () => {
    const counts = Object.fromEntries(plan.notCarried.map((entry) => [entry.what, entry.count]));
    const cards = board.cards;
    expect(counts).toEqual({
      'action:addAttachmentToCard': 5,
      'action:addChecklistToCard': 19,
      'action:addMemberToBoard': 3,
      'action:addMemberToCard': 22,
      'action:createBoard': 1,
      'action:createCard': 46,
      'action:createList': 5,
      'action:updateCard': 17,
      'action:updateCheckItemStateOnCard': 16,
      attachments: 5,
      board_description: 1,
      card_members: cards.reduce((n, card) => n + (card.idMembers?.length ?? 0), 0),
      check_item_members: expect.any(Number),
      checklist_names: board.checklists?.length,
      covers: 4,
      custom_field_values: cards.reduce((n, card) => n + (card.customFieldItems?.length ?? 0), 0),
      custom_fields: 3,
      due_complete: 6,
      members: 4,
      power_ups: 2,
      start_dates: 4,
      stickers: 3,
      votes: 12,
    });
  });
});
