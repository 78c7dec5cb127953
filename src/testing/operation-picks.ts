import fc from 'fast-check';

/*
 * How the random operations of the undo property test (board-operations.ts) pick: a number
 * chooses among the rows that exist when the operation runs, so any list of operations is
 * meaningful on any board.
 */

export const pick = fc.nat(1000);
export const text = fc.string({ minLength: 1, maxLength: 12 }).map((value) => `x${value.trim()}`);

export const choose = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];
