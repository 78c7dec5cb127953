import { useState } from 'react';
import type { Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { useCardLifecycle } from '../../queries/card-queries';
import { useUndoLatestAction } from '../../queries/undo-context';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import { useToasts } from '../../ui/toast/toast-context';
import styles from './card-editor.module.css';

/** Archive and delete. Delete asks once; both offer an undo in the toast that follows. */
export function CardLifecycleActions({
  card,
  onDone,
}: {
  card: Recommendation;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const toasts = useToasts();
  const lifecycle = useCardLifecycle();
  const undoLatest = useUndoLatestAction();
  const [confirming, setConfirming] = useState(false);

  const run = (action: 'archive' | 'remove') =>
    lifecycle.mutate(
      { id: card.id, action },
      {
        onSuccess: () => {
          onDone();
          const undo = undoLatest();
          toasts.show({
            tone: 'info',
            message: t(action === 'archive' ? 'editor.archived' : 'editor.deleted'),
            action: undo && { label: t('sample.undo'), onAction: undo },
          });
        },
      },
    );

  if (confirming) {
    return (
      <fieldset className={styles.confirm}>
        <legend className={styles.confirmLegend}>{t('editor.deleteQuestion')}</legend>
        <Button variant="danger" onClick={() => run('remove')}>
          {t('editor.deleteConfirm')}
        </Button>
        <Button onClick={() => setConfirming(false)}>{t('dialog.cancel')}</Button>
      </fieldset>
    );
  }
  return (
    <>
      <Button variant="quiet" onClick={() => run('archive')}>
        <Icon name="archive" />
        {t('editor.archive')}
      </Button>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        <Icon name="trash" />
        {t('editor.delete')}
      </Button>
    </>
  );
}
