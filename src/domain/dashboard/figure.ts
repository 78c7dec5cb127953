/**
 * One number on the dashboard and the cards it counts, so every number is a door: the screen
 * opens the board filtered to exactly `cardIds`. `count` is always `cardIds.length`; it is kept
 * so a chart reads numbers without measuring lists.
 */
export interface Figure {
  count: number;
  cardIds: string[];
}

export function emptyFigure(): Figure {
  return { count: 0, cardIds: [] };
}

export function figureOf(cardIds: string[]): Figure {
  return { count: cardIds.length, cardIds };
}

/** Counts a card in a figure being built: callers add each card at most once per figure. */
export function addCard(figure: Figure, cardId: string): void {
  figure.cardIds.push(cardId);
  figure.count += 1;
}

/** A part of a whole as a fraction (0 to 1); null when the whole is empty, not 0 nor NaN. */
export function share(part: Figure, whole: Figure): number | null {
  return whole.count === 0 ? null : part.count / whole.count;
}
