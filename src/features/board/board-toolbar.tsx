import { useI18n } from '../../i18n/i18n-context';
import { useBoardDensity, useSetBoardDensity } from '../../queries/board-density-queries';
import { Button } from '../../ui/button';
import styles from './board-view.module.css';
import type { CardSelection } from './use-card-selection';

interface BoardToolbarProps {
  selection: CardSelection;
  /** What the status line last said about the selection or a bulk edit; empty: nothing. */
  status: string;
}

/**
 * The board's own switches: "Select" (checkbox mode for bulk edits) and compact cards (kept on
 * this device). The status line is a live region, there from the start, so each change is read.
 */
export function BoardToolbar({ selection, status }: BoardToolbarProps) {
  const { t } = useI18n();
  const density = useBoardDensity();
  const setDensity = useSetBoardDensity();
  const compact = density === 'compact';
  return (
    <div className={styles.toolbar}>
      <Button
        aria-pressed={selection.selecting}
        onClick={() => selection.setSelecting(!selection.selecting)}
      >
        {t('board.select.mode')}
      </Button>
      <Button
        aria-pressed={compact}
        onClick={() => setDensity.mutate(compact ? 'comfortable' : 'compact')}
      >
        {t('board.density.compact')}
      </Button>
      <p className={styles.selectionCount} role="status">
        {status}
      </p>
    </div>
  );
}
