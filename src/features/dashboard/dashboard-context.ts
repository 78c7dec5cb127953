import { createContext, useContext } from 'react';
import type { ViewState } from '../../domain/find/view-state';

/** What every section names and links with: the view the doors open, and the names of things. */
export interface DashboardContextValue {
  view: ViewState;
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
