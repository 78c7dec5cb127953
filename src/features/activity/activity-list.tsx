import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { JournalEntry } from '../../domain/journal';
import { useI18n } from '../../i18n/i18n-context';
import type { LegacyNames } from '../../queries/activity-queries';
import styles from './activity-page.module.css';
import { ActivityRow } from './activity-row';

/** A typical row's height in px (one line of words, or two), until the real one is measured. */
const ESTIMATED_ROW_HEIGHT = 56;

/** How close to the last row read the reader scrolls before the next page is asked for. */
const LOAD_AHEAD_ROWS = 20;

/**
 * The scroller's size, as the library observes it, where a ResizeObserver can; where none
 * can (old browsers, tests' jsdom), `initialRect` stands in rather than a size of zero,
 * which would render no rows at all.
 */
function observeSize(
  instance: Virtualizer<HTMLElement, Element>,
  onSize: (rect: { width: number; height: number }) => void,
) {
  if (typeof ResizeObserver === 'undefined') return;
  return observeElementRect(instance, onSize);
}

export interface ActivityListRow {
  entry: JournalEntry;
  names: LegacyNames;
}

interface ActivityListProps {
  rows: readonly ActivityListRow[];
  /** Older entries are still unread: the end of `rows` is not the end of the list. */
  hasMore: boolean;
  /** Any read under way (a refresh after a write too): the next page waits for it. */
  fetching: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/**
 * The changes, in a scroller of their own that renders only the rows in view, however long
 * the journal. The scroller takes focus so the keyboard scrolls it; each row says where it
 * stands in the whole list, for screen readers that see only the rendered ones.
 */
export function ActivityList({
  rows,
  hasMore,
  fetching,
  loadingMore,
  loadMore,
}: ActivityListProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLElement>(null);
  // A new getItemKey makes the virtualiser lay out every row again.
  const getItemKey = useCallback((index: number) => rows[index]?.entry.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    observeElementRect: observeSize,
    initialRect: {
      width: 0,
      height: typeof window === 'undefined' ? 0 : window.innerHeight,
    },
    overscan: 8,
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;
  const nearEnd = lastShown >= rows.length - 1 - LOAD_AHEAD_ROWS;
  useEffect(() => {
    if (nearEnd && hasMore && !fetching) loadMore();
  }, [nearEnd, hasMore, fetching, loadMore]);
  const setSize = hasMore ? -1 : rows.length;
  return (
    <section
      ref={scroller}
      className={styles.scroller}
      aria-label={t('activity.listLabel')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus for the keyboard to scroll it (WCAG 2.1.1)
      tabIndex={0}
    >
      <ol
        className={styles.list}
        aria-busy={loadingMore || undefined}
        // The rows before the first rendered one are a padding of their measured height.
        style={{ blockSize: virtualizer.getTotalSize(), paddingBlockStart: items[0]?.start ?? 0 }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          return row === undefined ? null : (
            <ActivityRow
              key={item.key}
              entry={row.entry}
              names={row.names}
              position={item.index + 1}
              setSize={setSize}
              measureRef={virtualizer.measureElement}
            />
          );
        })}
      </ol>
      {loadingMore && <p className={styles.loadingMore}>{t('activity.loadingMore')}</p>}
    </section>
  );
}
