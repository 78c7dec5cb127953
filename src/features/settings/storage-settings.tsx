import { useI18n } from '../../i18n/i18n-context';
import { useRequestPersistence, useStorageStatus } from '../../queries/settings-queries';
import { Button } from '../../ui/button';
import styles from './settings-page.module.css';

function megabytes(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}

export function StorageSettings() {
  const { t } = useI18n();
  const { data: status } = useStorageStatus();
  const request = useRequestPersistence();
  return (
    <section className={styles.card} aria-labelledby="storage-heading">
      <h3 id="storage-heading">{t('settings.storage.title')}</h3>
      <p>{t('settings.storage.intro')}</p>
      <dl className={styles.facts}>
        <dt>{t('settings.storage.persistence')}</dt>
        <dd data-testid="storage-persistence">
          {status?.persisted === true
            ? t('settings.storage.persistent')
            : status?.persisted === false
              ? t('settings.storage.notPersistent')
              : t('settings.storage.unknown')}
        </dd>
        <dt>{t('settings.storage.usage')}</dt>
        <dd data-testid="storage-usage">
          {status?.usageBytes != null && status.quotaBytes != null
            ? t('settings.storage.usageOf', {
                used: megabytes(status.usageBytes),
                quota: megabytes(status.quotaBytes),
                percent: Math.max(
                  0,
                  Math.round((status.usageBytes / status.quotaBytes) * 1000) / 10,
                ),
              })
            : t('settings.storage.unknown')}
        </dd>
      </dl>
      {status?.persisted === false && (
        <>
          <p className={styles.muted}>{t('settings.storage.whyPersist')}</p>
          <Button onClick={() => request.mutate()}>{t('settings.storage.requestPersist')}</Button>
        </>
      )}
    </section>
  );
}
