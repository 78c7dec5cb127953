import type { SnapshotData } from '../../domain/snapshot';
import type { I18n } from '../../i18n/i18n-context';

/** The board's name as the page shows it (the built-in one in the reader's language). */
export function shownBoardName(data: SnapshotData, i18n: Pick<I18n, 't' | 'boardName'>): string {
  const board = data.boards[0];
  return board ? i18n.boardName(board) : i18n.t('board.defaultName');
}
