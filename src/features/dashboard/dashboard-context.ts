import { createContext, useContext } from 'react';
import type { ViewState } from '../../domain/find/view-state';

/** What every section names and links with: the view the doors open, and the names of things. */
export interface DashboardContextValue {
  view: ViewState;
  /** The board in that view: what a figure's link shows until a person reaches for it. */
  viewHref: string;
  columnName: (columnId: string) => string;
  actorName: (actorId: string) => string;
  workshopTitle: (workshopId: string | null) => string;
  cardTitle: (cardId: string) => string;
  formatPercent: (share: number) => string;
}

export const DashboardContext = createContext<DashboardContextValue | null>(null);

export function useDashboardContext(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboardContext needs a DashboardContext provider');
  return value;
}
