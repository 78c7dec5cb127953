import { useI18n } from '../i18n/i18n-context';
import { Icon } from '../ui/icon';
import styles from './app-shell.module.css';
import { useOnlineStatus } from './use-online-status';

/** A discreet badge while offline; announced once, politely. */
export function OfflineIndicator() {
  const { t } = useI18n();
  const online = useOnlineStatus();
  return (
    <span role="status" className={styles.offlineSlot}>
      {!online && (
        <span className={styles.offline} title={t('offline.description')}>
          <Icon name="wifiOff" />
          {t('offline.badge')}
          <span className="visually-hidden">: {t('offline.description')}</span>
        </span>
      )}
    </span>
  );
}
