import { Suspense, useState } from 'react';
import { BackupReminder } from '../features/backup-reminder/backup-reminder';
import { BoardView } from '../features/board/board-view';
import { FilterBar, SEARCH_BOX_ID } from '../features/find/filter-bar';
import { SampleDataBanner } from '../features/sample-data/sample-data-banner';
import { BoardShortcuts } from '../features/shortcuts/board-shortcuts';
import { TriageButton } from '../features/triage/triage-button';
import { useHeldCards } from '../queries/held-cards';
import { useVisible, VisibleBoardProvider } from '../queries/visible-board-context';
import { prefetchLikelyViews, TableView, warmDashboard } from './lazy-features';
import { lazyWithPreload } from './lazy-with-preload';

const TriageMode = lazyWithPreload(() =>
  import('../features/triage/triage-mode').then((m) => m.TriageMode),
).Component;

interface BoardPageProps {
  boardId: string;
  onOpenCard: (cardId: string) => void;
  /** Opens the editor on a new card: the N shortcut. */
  onNewCard?: () => void;
}

/**
 * The board page: the banners, the filter bar, and the cards as a board or as a table.
 * Triage mode opens over it, on the cards of the view it shows.
 */
export function BoardPage({ boardId, onOpenCard, onNewCard }: BoardPageProps) {
  const [triageOpen, setTriageOpen] = useState(false);
  const openTriage = () => setTriageOpen(true);
  return (
    <VisibleBoardProvider boardId={boardId}>
      <SampleDataBanner boardId={boardId} />
      <BackupReminder boardId={boardId} />
      <FilterBar
        boardId={boardId}
        actions={
          <>
            <TriageButton onOpen={openTriage} />
            <BoardShortcuts
              searchBoxId={SEARCH_BOX_ID}
              onTriage={openTriage}
              onNewCard={onNewCard}
            />
          </>
        }
      />
      <CardsView boardId={boardId} onOpenCard={onOpenCard} />
      {triageOpen && (
        <Suspense fallback={null}>
          <TriageMode boardId={boardId} onClose={() => setTriageOpen(false)} />
        </Suspense>
      )}
    </VisibleBoardProvider>
  );
}

function CardsView({ boardId, onOpenCard }: BoardPageProps) {
  const { view } = useVisible();
  const heldCards = useHeldCards(boardId);
  if (view.view === 'table') return <TableView boardId={boardId} onOpenCard={onOpenCard} />;
  return (
    <BoardView
      boardId={boardId}
      onOpenCard={onOpenCard}
      onFirstPaint={prefetchLikelyViews}
      onWholeBoard={() => warmDashboard(boardId, heldCards)}
    />
  );
}
