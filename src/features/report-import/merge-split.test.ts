import { describe, expect, it } from 'vitest';
import { graphemeBoundary, joinLocators, sentenceBoundaries } from './merge-split';
import { type ReviewItem, reviewReducer } from './review-items';

const DOCUMENT =
  'Intro. Train district officials on safe migration. Open a help desk at the airport. End.';

function item(key: string, text: string, extra: Partial<ReviewItem> = {}): ReviewItem {
  const start = DOCUMENT.indexOf(text);
  return {
    key,
    chosen: false,
    confidence: 0.4,
    form: 'prose',
    text,
    raisedBy: '',
    locator: 'para 1',
    ranges: [{ start, end: start + text.length }],
    stageIds: [],
    actorIds: [],
    leadActorId: null,
    gcmObjectives: [],
    ...extra,
  };
}

const train = 'Train district officials on safe migration.';
const desk = 'Open a help desk at the airport.';

describe('merging candidates', () => {
  it('joins the text, the passages, the locators and the tags of two neighbours', () => {
    const items = [
      item('a', train, {
        chosen: true,
        locator: 'p. 1, para 2',
        stageIds: ['pre_departure'],
        actorIds: ['demo'],
        leadActorId: 'demo',
        gcmObjectives: [18],
      }),
      item('b', desk, {
        confidence: 0.9,
        locator: 'p. 1, para 3',
        raisedBy: 'Ms. Sobhan',
        stageIds: ['pre_departure', 'return'],
        actorIds: ['caab'],
        gcmObjectives: [3],
      }),
    ];
    const [merged, ...rest] = reviewReducer(items, { kind: 'mergeWithNext', key: 'a' });
    expect(rest).toEqual([]);
    expect(merged).toEqual({
      ...items[0],
      chosen: true,
      confidence: 0.9,
      text: `${train} ${desk}`,
      raisedBy: 'Ms. Sobhan',
      locator: 'p. 1, para 2–3',
      ranges: [...(items[0]?.ranges ?? []), ...(items[1]?.ranges ?? [])],
      stageIds: ['pre_departure', 'return'],
      actorIds: ['demo', 'caab'],
      leadActorId: 'demo',
      gcmObjectives: [3, 18],
    });
  });

  it('leaves the last candidate alone: it has no next one', () => {
    const items = [item('a', train), item('b', desk)];
    expect(reviewReducer(items, { kind: 'mergeWithNext', key: 'b' })).toBe(items);
  });

  it('lists locators that do not make a range', () => {
    expect(joinLocators('p. 1, para 2–3', 'p. 1, para 4')).toBe('p. 1, para 2–4');
    expect(joinLocators('p. 1, para 9', 'p. 2, list "Way forward", item 1')).toBe(
      'p. 1, para 9; p. 2, list "Way forward", item 1',
    );
  });
});

describe('splitting a candidate', () => {
  const both = `${train} ${desk}`;
  const start = DOCUMENT.indexOf(both);
  const merged = item('a', both, { ranges: [{ start, end: start + both.length }] });

  it('splits at the cursor and finds where the second part stands in the document', () => {
    const [head, tail] = reviewReducer([merged], {
      kind: 'split',
      key: 'a',
      at: train.length + 1,
      document: DOCUMENT,
      newKey: 'n1',
    });
    expect([head?.text, tail?.text, tail?.key]).toEqual([train, desk, 'n1']);
    expect(DOCUMENT.slice(tail?.ranges[0]?.start, tail?.ranges[0]?.end)).toBe(desk);
    expect(DOCUMENT.slice(head?.ranges[0]?.start, head?.ranges[0]?.end).trim()).toBe(train);
  });

  it('splits at the sentence end nearest the middle when the cursor is at an end', () => {
    const text = 'Ms. Akter asked for more. Mr. Rahman urged the ministry to act.';
    const parts = reviewReducer([item('a', text)], {
      kind: 'split',
      key: 'a',
      at: text.length,
      document: text,
      newKey: 'n1',
    });
    expect(parts.map((p) => p.text)).toEqual([
      'Ms. Akter asked for more.',
      'Mr. Rahman urged the ministry to act.',
    ]);
  });

  it('does nothing when one part would be empty', () => {
    const items = [item('a', 'One sentence only.')];
    expect(
      reviewReducer(items, { kind: 'split', key: 'a', at: 0, document: DOCUMENT, newKey: 'n' }),
    ).toBe(items);
  });

  it('never cuts a Bangla grapheme in two', () => {
    // কো is ক and a vowel sign: offset 1 falls inside the one letter a reader sees.
    expect([0, 2]).toContain(graphemeBoundary('কোন দিন', 1));
    expect(graphemeBoundary('কোন দিন', 4)).toBe(4);
  });

  it('finds sentence ends, but not after a title or an initial', () => {
    expect(sentenceBoundaries('Dr. A. Karim said so. Then “Act now.” He left.')).toEqual([22, 38]);
  });
});

describe('editing a candidate', () => {
  it('drops the lead when it is no longer a responsible actor', () => {
    const items = [item('a', train, { actorIds: ['bmet', 'demo'], leadActorId: 'demo' })];
    const [edited] = reviewReducer(items, {
      kind: 'edit',
      key: 'a',
      edit: { actorIds: ['bmet'] },
    });
    expect([edited?.actorIds, edited?.leadActorId]).toEqual([['bmet'], null]);
  });

  it('chooses or leaves out every candidate at once', () => {
    const items = [item('a', train), item('b', desk, { chosen: true })];
    expect(reviewReducer(items, { kind: 'chooseAll', chosen: true }).map((i) => i.chosen)).toEqual([
      true,
      true,
    ]);
  });
});
