import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { passageParts } from './passage-parts';
import styles from './report-import.module.css';
import type { SourceRange } from './review-items';

interface DocumentViewProps {
  text: string;
  /** The passage of the candidate in focus, highlighted; empty when none is. */
  ranges: readonly SourceRange[];
}

/**
 * The report as read, beside the candidates, with the focused candidate's passage marked and
 * scrolled into view. Plain React text: the report is never parsed as HTML.
 */
export function DocumentView({ text, ranges }: DocumentViewProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLElement>(null);
  const parts = useMemo(() => passageParts(text, ranges), [text, ranges]);

  useEffect(() => {
    const box = scroller.current;
    const mark = box?.querySelector('mark');
    if (!box || !mark || ranges.length === 0) return;
    // Scrolls the document pane only: the candidate being edited stays where it is.
    box.scrollTo({ top: Math.max(0, mark.offsetTop - box.clientHeight / 4) });
  }, [ranges]);

  return (
    <section
      ref={scroller}
      className={styles.document}
      // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region, see above
      tabIndex={0}
      aria-label={t('reportImport.document')}
    >
      {parts.map((part) =>
        part.marked ? (
          <mark key={part.start} className={styles.passage}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={part.start}>{part.text}</Fragment>
        ),
      )}
    </section>
  );
}
