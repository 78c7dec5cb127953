import { type FormEvent, useState } from 'react';
import type { Column } from '../../domain/column';
import { type CardMove, neighboursAt } from '../../domain/move-in-layout';
import { displayTitle, type Recommendation } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { FormField } from '../../ui/form-field';
import styles from './board-dialogs.module.css';

interface MoveToDialogProps {
  card: Recommendation;
  columns: readonly Column[];
  cardIdsByColumn: Record<string, string[]>;
  onMove: (move: CardMove) => void;
  onClose: () => void;
}

/** Column, then position: the full alternative to dragging, for keyboards and screen readers. */
export function MoveToDialog({
  card,
  columns,
  cardIdsByColumn,
  onMove,
  onClose,
}: MoveToDialogProps) {
  const { t, columnName } = useI18n();
  const [columnId, setColumnId] = useState(card.columnId);
  const others = (cardIdsByColumn[columnId] ?? []).filter((id) => id !== card.id);
  const current = (cardIdsByColumn[card.columnId] ?? []).indexOf(card.id);
  const [position, setPosition] = useState(Math.max(0, current));
  const clamped = Math.min(position, others.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onMove({ id: card.id, toColumnId: columnId, ...neighboursAt(others, clamped) });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('moveTo.title', { title: truncateGraphemes(displayTitle(card), 60) })}
      closeLabel={t('dialog.close')}
    >
      <form className={styles.form} onSubmit={submit}>
        <FormField label={t('moveTo.column')}>
          <select
            value={columnId}
            onChange={(event) => {
              setColumnId(event.target.value);
              setPosition(Number.MAX_SAFE_INTEGER);
            }}
          >
            {columns.map((column) => (
              <option key={column.id} value={column.id}>
                {columnName(column)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('moveTo.position')}>
          <select value={clamped} onChange={(event) => setPosition(Number(event.target.value))}>
            {[...others, null].map((neighbourId, index) => (
              // Each slot is "before this neighbour" (null: the bottom), a stable key.
              <option key={neighbourId ?? 'bottom'} value={index}>
                {index === 0
                  ? t('moveTo.top', { position: 1, total: others.length + 1 })
                  : index === others.length
                    ? t('moveTo.bottom', { position: index + 1, total: others.length + 1 })
                    : t('moveTo.positionOf', { position: index + 1, total: others.length + 1 })}
              </option>
            ))}
          </select>
        </FormField>
        <div className={styles.actions}>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('moveTo.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
