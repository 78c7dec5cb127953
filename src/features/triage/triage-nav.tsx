import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './triage.module.css';

interface TriageNavProps {
  /** 0-based position of the card in the session. */
  index: number;
  total: number;
  onNavigate: (command: 'next' | 'previous' | 'skip' | 'finish') => void;
}

/** Where the session is, and the buttons (with their keys) that move through it. */
export function TriageNav({ index, total, onNavigate }: TriageNavProps) {
  const { t } = useI18n();
  return (
    <nav className={styles.nav} aria-label={t('triage.nav.label')}>
      <Button
        className={styles.choice}
        onClick={() => onNavigate('previous')}
        disabled={index === 0}
      >
        <kbd>←</kbd> <kbd>k</kbd> {t('triage.nav.previous')}
      </Button>
      <p className={styles.position} aria-live="polite">
        {t('triage.nav.position', { position: index + 1, total })}
      </p>
      <Button className={styles.choice} onClick={() => onNavigate('skip')}>
        <kbd>{t('triage.key.space')}</kbd> {t('triage.nav.skip')}
      </Button>
      <Button className={styles.choice} onClick={() => onNavigate('next')}>
        <kbd>→</kbd> <kbd>j</kbd> {t('triage.nav.next')}
      </Button>
      <Button className={styles.choice} onClick={() => onNavigate('finish')}>
        <kbd>f</kbd> {t('triage.nav.finish')}
      </Button>
      <p className={styles.hint}>{t('triage.nav.keysHint')}</p>
    </nav>
  );
}
