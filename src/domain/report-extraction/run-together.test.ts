import { describe, expect, it } from 'vitest';
import { type RunTogether, splitEnumeration, splitSeparated } from './run-together';

function parts(text: string, split: RunTogether | null) {
  if (!split) return null;
  return {
    lead: split.lead ? text.slice(split.lead.from, split.lead.to) : null,
    items: split.items.map((piece) => text.slice(piece.from, piece.to)),
  };
}

describe('run-together items', () => {
  it('splits (a) (b) (c) and (i) (ii) enumerations', () => {
    const text = 'It urged: (a) fair fees; (b) written contracts; and (c) help desks.';
    expect(parts(text, splitEnumeration(text))).toEqual({
      lead: 'It urged',
      items: ['fair fees', 'written contracts', 'help desks'],
    });
    const roman = 'Two steps: (i) register agents, (ii) rate them.';
    expect(parts(roman, splitEnumeration(roman))?.items).toEqual(['register agents', 'rate them']);
  });

  it('does not take a lone "(a)" for an enumeration', () => {
    expect(splitEnumeration('See note (a) below.')).toBeNull();
  });

  it('splits semicolons and dashes after a colon', () => {
    const text = 'Way forward: – train officials – open desks – share data';
    expect(parts(text, splitSeparated(text, false))?.items).toEqual([
      'train officials',
      'open desks',
      'share data',
    ]);
  });

  it('leaves a sentence whose dashes are parenthetical', () => {
    expect(
      splitSeparated('He noted: migration – especially of women – is rising.', false),
    ).toBeNull();
  });

  it('needs a forceful context to split semicolons without a colon', () => {
    const text = 'Regulate agents; collect data; reduce fees.';
    expect(splitSeparated(text, false)).toBeNull();
    expect(parts(text, splitSeparated(text, true))?.items).toEqual([
      'Regulate agents',
      'collect data',
      'reduce fees',
    ]);
  });
});

describe('a forceful paragraph of semicolons', () => {
  it('is not split when its parts are not actions', () => {
    const text =
      'Among others, A. Rahman, Chair; B. Akter, Officer, IOM; and C. Das, ILO were present.';
    expect(splitSeparated(text, true)).toBeNull();
  });
});
