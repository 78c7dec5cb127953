import { BackupReminder } from '../features/backup-reminder/backup-reminder';
import { BoardView } from '../features/board/board-view';
import { FilterBar } from '../features/find/filter-bar';
import { SampleDataBanner } from '../features/sample-data/sample-data-banner';
import { useVisible, VisibleBoardProvider } from '../queries/visible-board-context';
import { prefetchEditor, TableView } from './lazy-features';

interface BoardPageProps {
  boardId: string;
  onOpenCard: (cardId: string) => void;
}

/** The board page: the banners, the filter bar, and the cards as a board or as a table. */
export function BoardPage({ boardId, onOpenCard }: BoardPageProps) {
  return (
    <VisibleBoardProvider boardId={boardId}>
      <SampleDataBanner boardId={boardId} />
      <BackupReminder boardId={boardId} />
      <FilterBar boardId={boardId} />
      <CardsView boardId={boardId} onOpenCard={onOpenCard} />
    </VisibleBoardProvider>
  );
}

function CardsView({ boardId, onOpenCard }: BoardPageProps) {
  const { view } = useVisible();
  if (view.view === 'table') return <TableView boardId={boardId} onOpenCard={onOpenCard} />;
  return <BoardView boardId={boardId} onOpenCard={onOpenCard} onFirstPaint={prefetchEditor} />;
}
