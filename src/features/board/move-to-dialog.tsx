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

/** The board's swimlanes, when it is grouped: a move can take the card into another one. */
export interface MoveToLanes {
  /** Each lane on the board, in its order, with its name and its cards per column. */
  options: readonly {
    key: string;
    label: string;
    cardIdsByColumn: Readonly<Record<string, readonly string[]>>;
  }[];
  /** The lane the card was in where "Move to…" was asked. */
  from: string;
}

interface MoveToDialogProps {
  card: Recommendation;
  columns: readonly Column[];
  cardIdsByColumn: Record<string, string[]>;
  /** Given on a grouped board: a lane to choose too, as a drag into it would. */
  lanes?: MoveToLanes | undefined;
  onMove: (move: CardMove, lanes: { from: string; to: string }) => void;
  onClose: () => void;
}

/**
 * Lane (on a grouped board), column, then position: the full alternative to dragging, for
 * keyboards and screen readers.
 */
export function MoveToDialog({
  card,
  columns,
  cardIdsByColumn,
  lanes,
  onMove,
  onClose,
}: MoveToDialogProps) {
  const { t, columnName } = useI18n();
  const [lane, setLane] = useState(lanes?.from ?? '');
  const [columnId, setColumnId] = useState(card.columnId);
  // Grouped, a position is one in the lane's part of the column, as the board shows it.
  const listOf = (laneKey: string, column: string) =>
    lanes
      ? (lanes.options.find((option) => option.key === laneKey)?.cardIdsByColumn[column] ?? [])
      : (cardIdsByColumn[column] ?? []);
  const others = listOf(lane, columnId).filter((id) => id !== card.id);
  const current = listOf(lanes?.from ?? '', card.columnId).indexOf(card.id);
  const [position, setPosition] = useState(Math.max(0, current));
  const clamped = Math.min(position, others.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onMove(
      { id: card.id, toColumnId: columnId, ...neighboursAt(others, clamped) },
      { from: lanes?.from ?? '', to: lane },
    );
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
        {lanes && (
          <FormField label={t('moveTo.lane')}>
            <select
              value={lane}
              onChange={(event) => {
                setLane(event.target.value);
                setPosition(Number.MAX_SAFE_INTEGER);
              }}
            >
              {lanes.options.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
              ))}
            </select>
          </FormField>
        )}
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
