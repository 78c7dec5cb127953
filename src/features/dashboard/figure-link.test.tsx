import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { figureOf } from '../../domain/dashboard/figure';
import { defaultViewState } from '../../domain/find/view-state';
import { createI18n, I18nContext } from '../../i18n/i18n-context';
import { DashboardContext, type DashboardContextValue } from './dashboard-context';
import { doorHref } from './door-href';
import { FigureLink } from './figure-link';

const view = defaultViewState();
const context: DashboardContextValue = {
  view,
  viewHref: doorHref(view, []),
  columnName: (id) => id,
  actorName: (id) => id,
  workshopTitle: (id) => id ?? '',
  cardTitle: (id) => id,
  formatPercent: (share) => String(share),
};
const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';

function Link({ cardIds, figure = figureOf(cardIds), names = context }: LinkProps) {
  return (
    <I18nContext.Provider value={createI18n('en')}>
      <DashboardContext.Provider value={names}>
        <FigureLink figure={figure} />
      </DashboardContext.Provider>
    </I18nContext.Provider>
  );
}

interface LinkProps {
  cardIds: string[];
  figure?: ReturnType<typeof figureOf>;
  names?: DashboardContextValue;
}

const link = () => screen.getByRole('link');

describe('FigureLink', () => {
  it('lists its cards in its address once a person reaches for it, and only its own', () => {
    const { rerender } = render(<Link cardIds={[A]} />);
    // Drawn with the view's address: the cards come when the link is reached.
    expect(link().getAttribute('href')).toBe(context.viewHref);
    fireEvent.focus(link());
    expect(link().getAttribute('href')).toBe(doorHref(view, [A]));
    // Another figure (another filter) starts over, then lists its own cards.
    rerender(<Link cardIds={[A, B]} />);
    expect(link().getAttribute('href')).toBe(context.viewHref);
    fireEvent.pointerEnter(link());
    expect(link().getAttribute('href')).toBe(doorHref(view, [A, B]));
    expect(link().textContent).toBe('2');
  });

  it('lists its cards again after the view changed under the same figure', () => {
    // A view can change under the same figures (figures follow only the view's filter).
    const figure = figureOf([A]);
    const { rerender } = render(<Link cardIds={[A]} figure={figure} />);
    fireEvent.focus(link());
    const stage = { ...view, filter: { ...view.filter, stageIds: ['return' as const] } };
    const names = { ...context, view: stage, viewHref: doorHref(stage, []) };
    rerender(<Link cardIds={[A]} figure={figure} names={names} />);
    expect(link().getAttribute('href')).toBe(names.viewHref);
    fireEvent.pointerDown(link());
    expect(link().getAttribute('href')).toBe(doorHref(stage, [A]));
  });

  it('is plain text at zero: nothing to open', () => {
    render(<Link cardIds={[]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('0').tagName).toBe('SPAN');
  });
});
