import { describe, expect, it } from 'vitest';
import type { ColumnKind } from '../column';
import { columnLookup, columnsShown, isOpenKind } from './column-lookup';
import { COL, COLUMNS } from './fixtures/board-fixture';

describe('columnLookup', () => {
  const lookup = columnLookup(COLUMNS);

  it('orders live columns by rank and leaves deleted ones out', () => {
    expect(lookup.order).toEqual([
      COL.triage,
      COL.accepted,
      COL.inProgress,
      COL.implemented,
      COL.noted,
    ]);
  });

  it('knows the kind of deleted columns, and takes an unknown one as open', () => {
    expect(lookup.kindOf(COL.implemented)).toBe('done');
    expect(lookup.kindOf(COL.retired)).toBe('open');
    expect(lookup.kindOf(COL.noted)).toBe('closed');
    expect(lookup.kindOf('no-such-column')).toBe('open');
  });
});

describe('columnsShown', () => {
  it('adds the columns named beyond the board order, once each', () => {
    expect(columnsShown(['a', 'b'], ['b', 'x', 'x', 'a', 'y'])).toEqual(['a', 'b', 'x', 'y']);
  });
});

describe('isOpenKind', () => {
  it('takes triage and open columns as open', () => {
    const kinds: ColumnKind[] = ['triage', 'open', 'done', 'closed'];
    expect(kinds.map(isOpenKind)).toEqual([true, true, false, false]);
  });
});
