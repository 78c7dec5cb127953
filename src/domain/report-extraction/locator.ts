import { truncateGraphemes } from '../../lib/text';

/**
 * Where a reader finds a candidate in the printed report: 'p. 2, para 5',
 * 'p. 1, list "Recommendations", item 3', 'p. 4, table, row 2'. The page is left out of
 * documents that have no page breaks (a .txt or .md file).
 */
export type Place =
  | { kind: 'para'; page: number; para: number }
  | { kind: 'list'; page: number; list: string | null; item: string }
  | { kind: 'table'; page: number; row: number };

/** List names are the heading or lead-in above the list, shortened to stay readable. */
const LIST_NAME_GRAPHEMES = 48;

export function formatLocator(place: Place, paged: boolean): string {
  const page = paged ? `p. ${place.page}, ` : '';
  if (place.kind === 'para') return `${page}para ${place.para}`;
  if (place.kind === 'table') return `${page}table, row ${place.row}`;
  const name = place.list
    ? ` "${truncateGraphemes(place.list.replace(/\s+/g, ' ').replace(/:$/, ''), LIST_NAME_GRAPHEMES)}"`
    : '';
  return `${page}list${name}, item ${place.item}`;
}
