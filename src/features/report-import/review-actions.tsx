import type { Dispatch } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './report-import.module.css';
import type { ReviewAction } from './review-items';

interface ReviewActionsProps {
  chosen: number;
  total: number;
  duplicateKeys: readonly string[];
  pending: boolean;
  dispatch: Dispatch<ReviewAction>;
  onStartOver: () => void;
}

/** The review's bar: choose all or none, leave duplicates out, add the chosen ones. */
export function ReviewActions(props: ReviewActionsProps) {
  const { chosen, total, duplicateKeys, pending, dispatch } = props;
  const { t } = useI18n();
  return (
    <div className={styles.actions}>
      <Button onClick={() => dispatch({ kind: 'chooseAll', chosen: true })}>
        {t('reportImport.chooseAll')}
      </Button>
      <Button onClick={() => dispatch({ kind: 'chooseAll', chosen: false })}>
        {t('reportImport.chooseNone')}
      </Button>
      {duplicateKeys.length > 0 && (
        <Button
          onClick={() => {
            for (const key of duplicateKeys) {
              dispatch({ kind: 'edit', key, edit: { chosen: false } });
            }
          }}
        >
          {t('reportImport.leaveOutDuplicates', { count: duplicateKeys.length })}
        </Button>
      )}
      <Button variant="quiet" onClick={props.onStartOver}>
        {t('reportImport.startOver')}
      </Button>
      <span className={styles.spacer} />
      <p className={styles.chosenCount} aria-live="polite">
        {t('reportImport.chosen', { count: chosen, total })}
      </p>
      <Button type="submit" variant="primary" disabled={pending || chosen === 0}>
        {t('reportImport.add', { count: chosen })}
      </Button>
    </div>
  );
}
