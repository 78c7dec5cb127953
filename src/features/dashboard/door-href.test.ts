import { describe, expect, it } from 'vitest';
import { BoardFilterSchema } from '../../domain/find/board-filter';
import { defaultViewState } from '../../domain/find/view-state';
import { viewStateFromSearchParams } from '../../domain/find/view-url';
import { doorHref } from './door-href';

const A = '01900000-0000-7000-8000-0000000000a1';
const B = '01900000-0000-7000-8000-0000000000a2';

function stateOf(href: string) {
  const [query = '', hash] = href.slice(1).split('#');
  return { ...viewStateFromSearchParams(new URLSearchParams(query)), hash };
}

describe('doorHref', () => {
  it('opens the board on exactly the cards, keeping the current filter', () => {
    const view = {
      ...defaultViewState(),
      filter: BoardFilterSchema.parse({ stageIds: ['return'] }),
    };
    const href = doorHref(view, [A, B]);
    expect(href).toBe(`?stage=return&cards=${A}%2C${B}#/`);
    const { state, problems, hash } = stateOf(href);
    expect(problems).toEqual([]);
    expect(hash).toBe('/');
    expect(state.view).toBe('board');
    expect(state.filter.stageIds).toEqual(['return']);
    expect(state.filter.cardIds).toEqual([A, B]);
  });

  it('opens the table when asked, with the grouping and sort of the view', () => {
    const view = { ...defaultViewState(), groupBy: 'stage' as const };
    const { state } = stateOf(doorHref(view, [A], 'table'));
    expect(state.view).toBe('table');
    expect(state.groupBy).toBe('stage');
    expect(state.filter.cardIds).toEqual([A]);
  });
});
