import { isEmptyFilter } from '../../domain/find/filter-chips';
import type { ViewState } from '../../domain/find/view-state';
import { viewStateToSearchParams } from '../../domain/find/view-url';
import { useI18n } from '../../i18n/i18n-context';
import { useBoardInfo } from '../../queries/board-info-queries';
import { useSavedViews } from '../../queries/saved-view-queries';

/** "Status of recommendations — <saved view, or board> — as of <today>", for screen and print. */
export function useDashboardTitle(boardId: string, view: ViewState, today: string): string {
  const { t, formatDate, boardName: shownName } = useI18n();
  const { data: board } = useBoardInfo(boardId);
  const { data: savedViews } = useSavedViews(boardId);
  const params = viewStateToSearchParams({ ...view, view: 'board' }).toString();
  const saved = savedViews?.find((candidate) => candidate.params === params);
  const boardName = board ? shownName(board) : '';
  const name =
    saved?.name ??
    (isEmptyFilter(view.filter) ? boardName : t('dashboard.filteredView', { board: boardName }));
  return t('dashboard.printTitle', { name, date: formatDate(today) });
}
