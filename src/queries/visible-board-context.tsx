import { createContext, type ReactNode, useContext } from 'react';
import type { ViewState } from '../domain/find/view-state';
import { useViewState } from './use-view-state';
import { useVisibleBoard, type VisibleBoardState } from './use-visible-board';

interface VisibleBoardContextValue {
  view: ViewState;
  setView: (next: ViewState, options?: { replace?: boolean }) => void;
  /** Undefined until the board's first screen is read. */
  visible: VisibleBoardState | undefined;
}

const VisibleBoardContext = createContext<VisibleBoardContextValue | null>(null);

/**
 * The current view (from the URL) and what it shows, computed once for everything on the page
 * that needs it: the filter bar's counts, the board, the table.
 */
export function VisibleBoardProvider({
  boardId,
  children,
}: {
  boardId: string;
  children: ReactNode;
}) {
  const { view, setView } = useViewState();
  const visible = useVisibleBoard(boardId, view);
  return (
    <VisibleBoardContext.Provider value={{ view, setView, visible }}>
      {children}
    </VisibleBoardContext.Provider>
  );
}

export function useVisible(): VisibleBoardContextValue {
  const value = useContext(VisibleBoardContext);
  if (!value) throw new Error('useVisible needs a VisibleBoardProvider');
  return value;
}
