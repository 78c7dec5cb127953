import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../icon';
import { useToasts } from './toast-context';
import styles from './toast-region.module.css';

/** Shows toasts in a polite live region, so screen readers announce them without stealing focus. */
export function ToastRegion() {
  const store = useToasts();
  const { t } = useI18n();
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return (
    <section className={styles.region} aria-label={t('toast.region')}>
      <div role="status" aria-live="polite" className={styles.stack}>
        {toasts.map((toast) => (
          <div key={toast.id} className={styles.toast} data-tone={toast.tone}>
            <p className={styles.message}>{toast.message}</p>
            {toast.action && (
              <button
                type="button"
                className={styles.action}
                onClick={() => {
                  toast.action?.onAction();
                  store.dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className={styles.dismiss}
              aria-label={t('toast.dismiss')}
              onClick={() => store.dismiss(toast.id)}
            >
              <Icon name="close" />
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
