import { type FormEvent, useState } from 'react';
import type { Column, ColumnKind } from '../../domain/column';
import { COLUMN_KINDS } from '../../domain/column';
import { ColumnInputSchema } from '../../domain/column-input';
import { useI18n } from '../../i18n/i18n-context';
import { parseLocalizedInteger } from '../../lib/numbers';
import type { ColumnChange } from '../../queries/column-queries';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { FormField } from '../../ui/form-field';
import styles from './board-dialogs.module.css';

interface ColumnSettingsDialogProps {
  /** The column to edit, or null to add a new one. */
  column: Column | null;
  columns: readonly Column[];
  cardCount: number;
  onChange: (change: ColumnChange) => void;
  onClose: () => void;
}

export function ColumnSettingsDialog(props: ColumnSettingsDialogProps) {
  const { column, columns, cardCount, onChange, onClose } = props;
  const { t, columnName } = useI18n();
  // The name as shown (a built-in column's in this language): saving it unchanged keeps the
  // stored name, so opening the dialog to set a limit renames nothing.
  const shownName = column ? columnName(column) : '';
  const [name, setName] = useState(shownName);
  const [kind, setKind] = useState<ColumnKind>(column?.kind ?? 'open');
  const [limit, setLimit] = useState(column?.wipLimit ? String(column.wipLimit) : '');
  const [errors, setErrors] = useState<{ name?: string; limit?: string }>({});
  const others = columns.filter((other) => other.id !== column?.id);
  const [moveCardsTo, setMoveCardsTo] = useState(others[0]?.id ?? '');
  const index = column ? columns.findIndex((other) => other.id === column.id) : -1;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const wipLimit = limit.trim() === '' ? null : parseLocalizedInteger(limit);
    const limitBad = wipLimit !== null && !(wipLimit >= 1);
    const nameBad = !ColumnInputSchema.shape.name.safeParse(name).success;
    if (limitBad || nameBad) {
      return setErrors({
        name: nameBad ? t('validation.required') : undefined,
        limit: limitBad ? t('column.limitInvalid') : undefined,
      });
    }
    const kept = column && name === shownName ? column.name : name;
    const input = ColumnInputSchema.parse({ name: kept, kind, wipLimit });
    onChange(column ? { kind: 'update', id: column.id, patch: input } : { kind: 'create', input });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={
        column ? t('column.settingsTitle', { column: columnName(column) }) : t('column.addTitle')
      }
      closeLabel={t('dialog.close')}
    >
      <form className={styles.form} onSubmit={save} noValidate>
        <FormField label={t('column.name')} error={errors.name}>
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
        </FormField>
        <FormField label={t('column.kind')} hint={t(`columnKind.${kind}.hint`)}>
          <select value={kind} onChange={(event) => setKind(event.target.value as ColumnKind)}>
            {COLUMN_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`columnKind.${option}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('column.limit')} hint={t('column.limitHint')} error={errors.limit}>
          <input
            inputMode="numeric"
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
          />
        </FormField>
        <div className={styles.actions}>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
          <Button type="submit" variant="primary">
            {column ? t('dialog.save') : t('column.add')}
          </Button>
        </div>
      </form>
      {column && (
        <>
          <section className={styles.section}>
            <h3 className={styles.sectionTitle}>{t('column.order')}</h3>
            <div className={styles.row}>
              <Button
                disabled={index <= 0}
                onClick={() => onChange({ kind: 'move', id: column.id, toIndex: index - 1 })}
              >
                {t('column.moveLeft')}
              </Button>
              <Button
                disabled={index >= columns.length - 1}
                onClick={() => onChange({ kind: 'move', id: column.id, toIndex: index + 1 })}
              >
                {t('column.moveRight')}
              </Button>
            </div>
          </section>
          <section className={styles.section}>
            <h3 className={styles.sectionTitle}>{t('column.delete')}</h3>
            {others.length === 0 ? (
              <p className={styles.note}>{t('column.lastColumn')}</p>
            ) : (
              <>
                {cardCount > 0 && (
                  <FormField label={t('column.moveCardsTo', { count: cardCount })}>
                    <select
                      value={moveCardsTo}
                      onChange={(event) => setMoveCardsTo(event.target.value)}
                    >
                      {others.map((other) => (
                        <option key={other.id} value={other.id}>
                          {columnName(other)}
                        </option>
                      ))}
                    </select>
                  </FormField>
                )}
                <div className={styles.row}>
                  <Button
                    variant="danger"
                    onClick={() => {
                      onChange({ kind: 'remove', id: column.id, moveCardsTo });
                      onClose();
                    }}
                  >
                    {t('column.deleteConfirm', { column: columnName(column) })}
                  </Button>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </Dialog>
  );
}
