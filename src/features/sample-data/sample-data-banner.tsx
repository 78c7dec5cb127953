import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useClearBoardData, useHasSampleData } from '../../queries/sample-data-queries';
import { useUndoLatestAction } from '../../queries/undo-context';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import { useToasts } from '../../ui/toast/toast-context';
import styles from './sample-data-banner.module.css';

/**
 * Tells a newcomer the board holds sample data, and offers to remove it or start empty.
 * Either is one journaled transaction: one undo step, from the toast, Ctrl+Z or the toolbar.
 */
export function SampleDataBanner({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const { data: hasSample } = useHasSampleData(boardId);
  const clear = useClearBoardData(boardId);
  const undoLatest = useUndoLatestAction();
  // On a phone the banner is one line until opened (the CSS shows the toggle only there).
  const [expanded, setExpanded] = useState(false);

  if (!hasSample) return null;

  const run = (scope: 'sample' | 'all') =>
    clear.mutate(scope, {
      onSuccess: () => {
        const undo = undoLatest();
        toasts.show({
          tone: 'info',
          message: t(scope === 'sample' ? 'sample.removed' : 'sample.cleared'),
          action: undo && { label: t('sample.undo'), onAction: undo },
        });
      },
    });

  return (
    <aside
      className={styles.banner}
      aria-label={t('sample.label')}
      data-expanded={expanded || undefined}
    >
      <button
        type="button"
        className={styles.summary}
        aria-expanded={expanded}
        onClick={() => setExpanded((open) => !open)}
      >
        <Icon name={expanded ? 'chevronDown' : 'chevronRight'} />
        <span className={styles.summaryText}>{t('board.sampleShort')}</span>
      </button>
      <p className={styles.text}>{t('sample.banner')}</p>
      <div className={styles.actions}>
        <Button onClick={() => run('sample')} disabled={clear.isPending}>
          {t('sample.remove')}
        </Button>
        <Button onClick={() => run('all')} disabled={clear.isPending}>
          {t('sample.startEmpty')}
        </Button>
      </div>
    </aside>
  );
}
