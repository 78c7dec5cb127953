import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../i18n/i18n-context';
import { Button } from '../ui/button';
import styles from './app-shell.module.css';

/**
 * Registers the service worker that makes Recboard work offline. When a new version has been
 * downloaded it waits: this offers the reload, and never reloads while someone is editing.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <aside className={styles.update} aria-label={t('update.ready')}>
      <p>{t('update.ready')}</p>
      <Button variant="primary" onClick={() => void updateServiceWorker(true)}>
        {t('update.reload')}
      </Button>
      <Button variant="quiet" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </Button>
    </aside>
  );
}
