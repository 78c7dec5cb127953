import { Fragment } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/dialog';
import { KeyComboLabel } from './key-combo-label';
import { SHORTCUTS, type ShortcutScope } from './shortcut-registry';
import styles from './shortcuts.module.css';

const SCOPES: readonly ShortcutScope[] = ['global', 'card'];

/**
 * The `?` overlay: every shortcut of the registry, by where it acts. A native modal dialog,
 * so the focus stays inside and Escape closes it.
 */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  // Closed, it builds nothing: it renders with the app shell, on every change of the page.
  if (!open) return null;
  return (
    <Dialog open onClose={onClose} title={t('shortcuts.title')} closeLabel={t('dialog.close')}>
      <p className={styles.intro}>{t('shortcuts.intro')}</p>
      {SCOPES.map((scope) => (
        <section key={scope} aria-labelledby={`shortcuts-${scope}`}>
          <h3 id={`shortcuts-${scope}`} className={styles.heading}>
            {t(`shortcuts.scope.${scope}`)}
          </h3>
          <dl className={styles.list}>
            {SHORTCUTS.filter((shortcut) => shortcut.scope === scope).map((shortcut) => (
              <Fragment key={shortcut.id}>
                <dt className={styles.keys}>
                  {shortcut.keys.map((combo, index) => (
                    <Fragment key={`${combo.key}-${combo.mod}-${combo.shift}`}>
                      {index > 0 && <span className={styles.or}>{t('shortcuts.or')}</span>}
                      <KeyComboLabel combo={combo} />
                    </Fragment>
                  ))}
                </dt>
                <dd className={styles.action}>{t(`shortcuts.action.${shortcut.id}`)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
