import { type FormEvent, useId, useState } from 'react';
import type { Column } from '../../domain/column';
import { useI18n } from '../../i18n/i18n-context';
import { useBulkEdit } from '../../queries/use-bulk-edit';
import { Button } from '../../ui/button';
import styles from './bulk-bar.module.css';
import { BULK_OPERATIONS, BulkEditValue, type BulkOperation, bulkEditOf } from './bulk-edit-value';
import type { CardSelection } from './use-card-selection';

interface BulkBarProps {
  boardId: string;
  columns: readonly Column[];
  selection: CardSelection;
  /** Says what was done, in the board's status line. */
  onDone: (count: number, archived: boolean) => void;
}

/** The selected cards' one change at a time: one write, one undo step (Ctrl+Z takes it back). */
export function BulkBar({ boardId, columns, selection, onDone }: BulkBarProps) {
  const { t } = useI18n();
  const id = useId();
  const bulkEdit = useBulkEdit();
  const [operation, setOperation] = useState<BulkOperation>('move');
  const [value, setValue] = useState('');
  const count = selection.selected.size;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cardIds = [...selection.selected];
    bulkEdit.mutate(
      { cardIds, edit: bulkEditOf(operation, value) },
      {
        onSuccess: () => {
          if (operation === 'archive') selection.clear();
          onDone(cardIds.length, operation === 'archive');
        },
      },
    );
  };

  return (
    <form className={styles.bar} aria-label={t('board.bulk.label')} onSubmit={submit}>
      <label className={styles.field} htmlFor={`${id}-operation`}>
        {t('board.bulk.operation')}
      </label>
      <select
        id={`${id}-operation`}
        value={operation}
        onChange={(event) => {
          setOperation(event.target.value as BulkOperation);
          setValue('');
        }}
      >
        {BULK_OPERATIONS.map((name) => (
          <option key={name} value={name}>
            {t(`board.bulk.op.${name}`)}
          </option>
        ))}
      </select>
      {operation !== 'archive' && (
        <>
          <label className={styles.field} htmlFor={`${id}-value`}>
            {t('board.bulk.value')}
          </label>
          <BulkEditValue
            id={`${id}-value`}
            boardId={boardId}
            operation={operation}
            columns={columns}
            value={value}
            onChange={setValue}
          />
        </>
      )}
      <Button type="submit" variant="primary" disabled={bulkEdit.isPending}>
        {t('board.bulk.apply', { count })}
      </Button>
      <Button variant="quiet" onClick={selection.clear}>
        {t('board.bulk.clear')}
      </Button>
    </form>
  );
}
