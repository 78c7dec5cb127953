import { useI18n } from '../i18n/i18n-context';
import styles from './app-shell.module.css';
import { ROUTES, type Route, routeHref } from './use-hash-route';

/** The app's pages; the current one is marked for screen readers with aria-current. */
export function MainNav({ route }: { route: Route }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className={styles.nav}>
        {ROUTES.map((name) => (
          <li key={name}>
            <a
              href={routeHref(name)}
              className={styles.navLink}
              aria-current={name === route ? 'page' : undefined}
            >
              {t(`nav.${name}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
