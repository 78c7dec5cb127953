import { useEffect, useState } from 'react';
import styles from './snapshots.module.css';

/** Work shown only once it has taken half a second: quick work should not flash a bar. */
const SHOW_AFTER_MS = 500;

/**
 * A native progress bar with its label, for work over half a second; the label is announced
 * politely. `total` 0 shows an indeterminate bar.
 */
export function WorkProgress({
  label,
  done,
  total,
}: {
  label: string;
  done: number;
  total: number;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <label>
        <span>{label}</span>
        <progress max={total > 0 ? total : undefined} value={total > 0 ? done : undefined} />
      </label>
    </div>
  );
}
