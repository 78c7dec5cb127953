import { useCallback, useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { type ActivityFilter, useActivity } from '../../queries/activity-queries';
import { ActivityFilters, type ActivityFilterValues, NO_FILTER } from './activity-filters';
import { KIND_GROUPS } from './activity-kinds';
import { ActivityList, type ActivityListRow } from './activity-list';
import styles from './activity-page.module.css';
import { dayRangeInstants } from './date-range';

function toFilter({ group, from, to }: ActivityFilterValues): ActivityFilter {
  return {
    ...(group === 'all' ? {} : { kinds: KIND_GROUPS[group] }),
    ...dayRangeInstants(from, to),
  };
}

/**
 * Every change to the board, newest first, from the journal: what was done and when, by kind
 * of change and by day, read a page at a time as the list is scrolled.
 */
export function ActivityPage({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const [values, setValues] = useState<ActivityFilterValues>(NO_FILTER);
  const filter = useMemo(() => toFilter(values), [values]);
  const { data, isPending, isFetching, hasNextPage, isFetchingNextPage, fetchNextPage } =
    useActivity(boardId, filter);
  // Never cancels a read under way: the list asks again once it is done, if still at the end.
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const rows = useMemo<ActivityListRow[]>(
    () =>
      data?.pages.flatMap((page) => page.entries.map((entry) => ({ entry, names: page.names }))) ??
      [],
    [data],
  );
  const filtered = values.group !== NO_FILTER.group || values.from !== '' || values.to !== '';
  const status = isPending
    ? t('activity.loading')
    : rows.length === 0
      ? t(filtered ? 'activity.emptyFiltered' : 'activity.empty')
      : t(hasNextPage ? 'activity.countMore' : 'activity.count', { count: rows.length });
  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('activity.title')}</h2>
      <p className={styles.muted}>{t('activity.intro')}</p>
      <ActivityFilters value={values} onChange={setValues} />
      <p className={styles.muted} role="status">
        {status}
      </p>
      {rows.length > 0 && (
        <ActivityList
          // A new filter is a new list: it starts at the top, not where the last one was.
          key={JSON.stringify(filter)}
          rows={rows}
          hasMore={hasNextPage}
          fetching={isFetching}
          loadingMore={isFetchingNextPage}
          loadMore={loadMore}
        />
      )}
    </section>
  );
}
