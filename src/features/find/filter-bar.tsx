import { type ReactNode, useId } from 'react';
import { emptyFilter } from '../../domain/find/board-filter';
import { countActive } from '../../domain/find/filter-chips';
import { GROUP_BYS, type GroupBy } from '../../domain/find/lanes';
import { useI18n } from '../../i18n/i18n-context';
import { useVisible } from '../../queries/visible-board-context';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import styles from './filter-bar.module.css';
import { FilterChipsList } from './filter-chips-list';
import { FindStatus } from './find-status';
import { LazyFilterPanel, PanelDisclosure } from './lazy-find-panels';
import { SavedViewsMenu } from './saved-views-menu';
import { ViewSwitch } from './view-switch';

/** The search box's id: the `/` shortcut focuses it. */
export const SEARCH_BOX_ID = 'board-search';

/**
 * Find and focus: a search box, every filter, the grouping into swimlanes, board or table,
 * and saved views. Everything lives in the URL (useVisible), so a view can be bookmarked,
 * shared as a link, and Back returns to the previous one.
 */
export function FilterBar({ boardId, actions }: { boardId: string; actions?: ReactNode }) {
  const { t } = useI18n();
  const { view, setView } = useVisible();
  const searchId = SEARCH_BOX_ID;
  const groupId = useId();
  const active = countActive({ ...view.filter, query: '' });
  return (
    <div className={styles.bar}>
      <search className={styles.row}>
        <label htmlFor={searchId} className="visually-hidden">
          {t('filter.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className={styles.search}
          placeholder={t('filter.searchPlaceholder')}
          value={view.filter.query}
          // One history entry for a whole search, not one per key press.
          onChange={(event) =>
            setView(
              { ...view, filter: { ...view.filter, query: event.target.value } },
              { replace: true },
            )
          }
        />
        <PanelDisclosure
          bodyClassName={styles.filtersBody}
          summary={
            <>
              <Icon name="filter" />
              {active > 0 ? t('filter.buttonActive', { count: active }) : t('filter.button')}
            </>
          }
        >
          <LazyFilterPanel
            boardId={boardId}
            filter={view.filter}
            onChange={(filter) => setView({ ...view, filter })}
          />
        </PanelDisclosure>
        <label htmlFor={groupId} className={styles.inline}>
          {t('filter.groupBy')}
          <select
            id={groupId}
            value={view.groupBy}
            onChange={(event) =>
              setView({ ...view, groupBy: event.target.value as GroupBy, collapsedLanes: [] })
            }
          >
            {GROUP_BYS.map((groupBy) => (
              <option key={groupBy} value={groupBy}>
                {t(`groupBy.${groupBy}`)}
              </option>
            ))}
          </select>
        </label>
        <ViewSwitch view={view.view} onChange={(next) => setView({ ...view, view: next })} />
        <SavedViewsMenu boardId={boardId} />
      </search>
      <div className={styles.row}>
        <FindStatus />
        <FilterChipsList
          boardId={boardId}
          filter={view.filter}
          onChange={(filter) => setView({ ...view, filter })}
        />
        {countActive(view.filter) > 0 && (
          <Button variant="quiet" onClick={() => setView({ ...view, filter: emptyFilter() })}>
            {t('filter.clearAll')}
          </Button>
        )}
        {actions}
      </div>
    </div>
  );
}
