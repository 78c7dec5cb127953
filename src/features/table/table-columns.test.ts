import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, shownColumns } from './table-columns';

describe('shownColumns', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(shownColumns(null)).toEqual(DEFAULT_COLUMNS);
  });

  it('keeps the table order, adds the title and drops ids it does not know', () => {
    expect(shownColumns(['updatedAt', 'stages', 'dueDate'])).toEqual([
      'title',
      'dueDate',
      'updatedAt',
    ]);
  });

  it('shows the title alone when every other column was turned off', () => {
    expect(shownColumns([])).toEqual(['title']);
  });
});
