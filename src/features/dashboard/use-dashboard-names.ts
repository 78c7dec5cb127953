import { useMemo } from 'react';
import { withBuiltInActors } from '../../domain/actor';
import type { ViewState } from '../../domain/find/view-state';
import { displayTitle } from '../../domain/recommendation';
import { useI18n } from '../../i18n/i18n-context';
import { truncateGraphemes } from '../../lib/text';
import { useUserActors } from '../../queries/actor-queries';
import type { DashboardBoard } from '../../queries/dashboard-queries';
import type { DashboardContextValue } from './dashboard-context';
import { doorHref } from './door-href';

/** Titles are shortened for tables and the minutes; the board shows the whole card. */
const TITLE_GRAPHEMES = 90;

/** The names the sections print, from what the dashboard read. */
export function useDashboardNames(
  boardId: string,
  view: ViewState,
  source: DashboardBoard | undefined,
): DashboardContextValue {
  const i18n = useI18n();
  const { t } = i18n;
  const { data: userActors } = useUserActors(boardId);
  // The names do not change with the view: looked up once per board read (10,000 cards).
  const lookups = useMemo(
    () => ({
      columns: new Map(source?.columns.map((column) => [column.id, i18n.columnName(column)])),
      workshops: new Map(source?.workshops.map((workshop) => [workshop.id, workshop.title])),
      cards: new Map(source?.cards.map((card) => [card.id, card])),
      actors: new Map(withBuiltInActors(userActors ?? []).map((actor) => [actor.id, actor])),
      percent: new Intl.NumberFormat(i18n.intlLocale, { style: 'percent' }),
    }),
    [source, userActors, i18n],
  );
  return useMemo(() => {
    const { columns, workshops, cards, actors, percent } = lookups;
    return {
      view,
      viewHref: doorHref(view, []),
      columnName: (id) => columns.get(id) ?? t('dashboard.goneColumn'),
      actorName: (id) => {
        const actor = actors.get(id);
        return actor ? i18n.term(`actor.${id}.abbr`, actor.abbr || actor.name) : id;
      },
      workshopTitle: (id) =>
        id === null
          ? t('dashboard.workshops.noWorkshop')
          : (workshops.get(id) ?? t('dashboard.workshops.gone')),
      cardTitle: (id) => {
        const card = cards.get(id);
        return card ? truncateGraphemes(displayTitle(card), TITLE_GRAPHEMES) : id;
      },
      formatPercent: (share) => percent.format(share),
    };
  }, [lookups, view, i18n, t]);
}
