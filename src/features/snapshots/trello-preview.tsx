import type { TrelloImportPlan } from '../../domain/formats/trello-import';
import type { NotCarried } from '../../domain/formats/trello-not-carried';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './snapshots.module.css';

/** A Trello board: what comes over, and what Trello holds that Recboard leaves behind. */
export function TrelloPreview({
  plan,
  onImport,
}: {
  plan: TrelloImportPlan;
  onImport: () => void;
}) {
  const { t } = useI18n();
  const archived = plan.recommendations.filter((card) => card.archivedAt !== null).length;
  return (
    <div className={styles.preview}>
      <p data-testid="import-summary">
        {t('snapshots.trello.counts', {
          columns: plan.columns.length,
          count: plan.recommendations.length,
          archived,
          items: plan.actionItems.length,
          notes: plan.progressNotes.length,
        })}
      </p>
      {plan.notCarried.length > 0 && (
        <>
          <p>{t('snapshots.trello.notCarriedIntro')}</p>
          <ul aria-label={t('snapshots.trello.notCarriedIntro')}>
            {plan.notCarried.map((item) => (
              <li key={item.what}>{notCarriedWords(item, t)}</li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button variant="primary" onClick={onImport} disabled={plan.recommendations.length === 0}>
          {t('snapshots.import.add', { count: plan.recommendations.length })}
        </Button>
      </div>
    </div>
  );
}

function notCarriedWords(item: NotCarried, t: ReturnType<typeof useI18n>['t']): string {
  if (item.what.startsWith('action:')) {
    return t('snapshots.trello.notCarried.action', { count: item.count, type: item.what.slice(7) });
  }
  return t(`snapshots.trello.notCarried.${item.what as 'attachments'}`, { count: item.count });
}
