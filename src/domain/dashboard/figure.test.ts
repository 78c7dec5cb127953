import { describe, expect, it } from 'vitest';
import { addCard, emptyFigure, figureOf, share } from './figure';

describe('figures', () => {
  it('count the cards added to them', () => {
    const figure = emptyFigure();
    addCard(figure, 'a');
    addCard(figure, 'b');
    expect(figure).toEqual({ count: 2, cardIds: ['a', 'b'] });
    expect(figureOf(['c'])).toEqual({ count: 1, cardIds: ['c'] });
  });

  it('give a share of a whole, and none of an empty whole', () => {
    expect(share(figureOf(['a']), figureOf(['a', 'b', 'c', 'd']))).toBe(0.25);
    expect(share(emptyFigure(), emptyFigure())).toBeNull();
  });
});
