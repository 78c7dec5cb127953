import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_ID } from '../board';
import { NOW } from './fixtures/sample-board';
import { scaleTrelloExport } from './fixtures/scale-trello-board';
import fixtureText from './fixtures/trello-board.json?raw';
import { parseTrelloExport, planTrelloImport } from './trello-import';
import { TrelloBoardSchema } from './trello-schema';

const OPTIONS = { boardId: DEFAULT_BOARD_ID, now: NOW };
const LIST = '65e3fcc85c3e00000000000e';

function plan(extra: object) {
  const board = TrelloBoardSchema.parse({
    id: 'b1',
    name: 'Small board',
    lists: [{ id: LIST, name: 'Only list', closed: false, pos: 1 }],
    cards: [],
    ...extra,
  });
  return planTrelloImport(board, OPTIONS);
}

function card(id: string, fields: object = {}) {
  return { id, name: `Card ${id}`, idList: LIST, pos: 1, ...fields };
}

describe('planTrelloImport edge cases', () => {
  it('shortens a long name at a grapheme boundary and says so', () => {
    const name = 'ক্ষ'.repeat(100);
    const result = plan({ cards: [card('c1', { name, desc: '' })] });
    const rec = result.recommendations[0];
    expect(rec?.title.length).toBeLessThanOrEqual(200);
    expect(rec?.title.endsWith('ক্ষ…')).toBe(true);
    expect(rec?.text).toBe(name);
    expect(result.notCarried).toEqual([{ what: 'titles_shortened', count: 1 }]);
  });

  it('leaves out what cannot be placed, and counts it', () => {
    const result = plan({
      cards: [card('c1', { name: '  ', desc: '' }), card('c2', { idList: 'gone' }), card('c3')],
      checklists: [
        { id: 'k1', idCard: 'c2', checkItems: [{ id: 'i1', name: 'x', state: 'complete' }] },
        { id: 'k2', idCard: 'c3', checkItems: [{ id: 'i2', name: ' ', state: 'incomplete' }] },
      ],
      actions: [
        {
          id: 'a1',
          type: 'commentCard',
          date: NOW,
          data: { text: 'on a lost card', card: { id: 'c2' } },
        },
        { id: 'a2', type: 'commentCard', date: NOW, data: { text: '', card: { id: 'c3' } } },
      ],
    });
    expect(result.recommendations.map((rec) => rec.title)).toEqual(['Card c3']);
    expect(result.actionItems).toEqual([]);
    expect(result.progressNotes).toEqual([]);
    expect(result.notCarried).toEqual([
      { what: 'cards_on_missing_lists', count: 1 },
      { what: 'cards_without_text', count: 1 },
      { what: 'checklist_names', count: 2 },
      { what: 'checklists_on_missing_cards', count: 1 },
      { what: 'comments_on_missing_cards', count: 1 },
      { what: 'empty_check_items', count: 1 },
      { what: 'empty_comments', count: 1 },
    ]);
  });

  it('falls back on the import time and on the member list when Trello gives less', () => {
    const result = plan({
      cards: [card('not-an-object-id', { labels: [{ id: 'l1', name: '', color: null }] })],
      members: [{ id: 'm1', fullName: 'Nasrin Sultana' }],
      actions: [
        {
          id: 'a1',
          type: 'commentCard',
          date: '2024-05-01T10:00:00Z',
          idMemberCreator: 'm1',
          data: { text: 'Noted', card: { id: 'not-an-object-id' } },
        },
      ],
    });
    expect(result.recommendations[0]).toMatchObject({ createdAt: NOW, updatedAt: NOW, labels: [] });
    expect(result.progressNotes[0]).toMatchObject({ author: 'Nasrin Sultana', date: '2024-05-01' });
  });
});

describe('a Trello export over 1 MB', () => {
  it('parses and plans every copied card', () => {
    const scaled = scaleTrelloExport(fixtureText, 1_048_576);
    expect(new TextEncoder().encode(scaled.text).length).toBeGreaterThan(1_048_576);
    const parsed = parseTrelloExport(scaled.text);
    if (!parsed.ok) throw new Error(parsed.code);
    const result = planTrelloImport(parsed.board, OPTIONS);
    expect(result.recommendations).toHaveLength(46 * scaled.copies);
    expect(result.progressNotes).toHaveLength(43 * scaled.copies);
    expect(new Set(result.recommendations.map((rec) => rec.id)).size).toBe(46 * scaled.copies);
  });
});
