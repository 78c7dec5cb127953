import type { JournalEntry } from '../../domain/journal';
import { useI18n } from '../../i18n/i18n-context';
import type { LegacyNames } from '../../queries/activity-queries';
import styles from './activity-page.module.css';
import { entryText, originText } from './activity-wording';

interface ActivityRowProps {
  entry: JournalEntry;
  names: LegacyNames;
  /** 1-based place in the whole list, and its size (-1 while older pages are unread). */
  position: number;
  setSize: number;
  measureRef: (element: HTMLElement | null) => void;
}

/** One change: when, what (card text as plain text, never HTML), and who when not a person. */
export function ActivityRow({ entry, names, position, setSize, measureRef }: ActivityRowProps) {
  const i18n = useI18n();
  const origin = originText(entry, i18n.t);
  return (
    <li
      ref={measureRef}
      data-index={position - 1}
      aria-posinset={position}
      aria-setsize={setSize}
      className={styles.row}
    >
      <time dateTime={entry.at} className={styles.time}>
        {i18n.formatInstant(entry.at)}
      </time>
      <span className={styles.action}>{entryText(entry, names, i18n)}</span>
      {origin && <span className={styles.origin}>{origin}</span>}
    </li>
  );
}
