import { actorDirectory, withBuiltInActors } from '../../domain/actor';
import type { Column } from '../../domain/column';
import { buildLanes, type GroupBy } from '../../domain/find/lanes';
import { csvExportSource } from '../../domain/formats/board-export';
import { csvExportChunks } from '../../domain/formats/csv-export';
import { type MarkdownReportGroup, markdownReport } from '../../domain/formats/markdown-report';
import { sortByRank } from '../../domain/ordering';
import type { Recommendation } from '../../domain/recommendation';
import type { SnapshotData } from '../../domain/snapshot';
import type { I18n } from '../../i18n/i18n-context';
import { laneLabel } from '../../i18n/lane-label';
import { shownBoardName } from './board-title';
import { csvLabels, markdownLabels } from './export-words';
import { yieldToPage } from './yield-to-page';

/** What an export covers: the whole board, or the cards the current filter shows. */
export interface ExportScope {
  data: SnapshotData;
  /** The filtered cards; null for the whole board. */
  cards: Recommendation[] | null;
  /** The filter in words, for titles; empty for the whole board. */
  filterWords: string;
}

/** File names carry the board's name and the date: "recboard-2026-11-22.csv". */
export function exportFileName(extension: string, exportedAt: string, filtered: boolean): string {
  const day = exportedAt.slice(0, 10);
  return `recboard-${filtered ? 'filtered-' : ''}${day}.${extension}`;
}

/**
 * The CSV, built a chunk of rows per task so no task holds the page long, with the BOM and
 * headers in the UI language.
 */
export async function csvFile(
  scope: ExportScope,
  cards: readonly Recommendation[],
  t: I18n['t'],
  onProgress: (done: number, total: number) => void,
): Promise<Blob> {
  // Each chunk is encoded (UTF-8) in its own task: one Blob of every string at the end took
  // 55 ms at 10,000 rows, the longest task of the export.
  const parts: Blob[] = [];
  for (const chunk of csvExportChunks(csvExportSource(scope.data, cards), csvLabels(t))) {
    parts.push(new Blob([chunk.text]));
    onProgress(chunk.rowsDone, chunk.rowsTotal);
    await yieldToPage();
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

type MarkdownWording = Pick<
  I18n,
  't' | 'formatDate' | 'formatNumber' | 'columnName' | 'actorAbbr' | 'actorLabel' | 'boardName'
>;

/**
 * The report, a section per column; on a grouped board (`groupBy`, the view's grouping), a
 * section per lane and column that holds cards, in the board's order: "Return — In progress".
 */
export function markdownFile(
  scope: ExportScope,
  cards: readonly Recommendation[],
  i18n: MarkdownWording,
  today: string,
  groupBy: GroupBy = 'none',
): string {
  const { data } = scope;
  const actors = actorDirectory(data.actors);
  const columns = sortByRank(data.columns.filter((column) => column.deletedAt === null));
  // Markdown is for people to read: built-in names in the reader's language, as on the board.
  return markdownReport({
    boardName: shownBoardName(data, i18n),
    filterDescription: scope.filterWords,
    date: i18n.formatDate(today),
    recommendations: cards,
    columns: columns.map((column) => ({ ...column, name: i18n.columnName(column) })),
    ...(groupBy === 'none' ? {} : { groups: laneSections(scope, cards, columns, groupBy, i18n) }),
    workshops: data.workshops,
    actors: new Map([...actors].map(([id, actor]) => [id, { abbr: i18n.actorAbbr(actor) }])),
    actionItems: data.actionItems,
    labels: markdownLabels(i18n.t),
    formatDate: i18n.formatDate,
    formatNumber: i18n.formatNumber,
  });
}

/** Each lane's columns that hold cards, as report sections, each column's cards by rank. */
function laneSections(
  { data }: ExportScope,
  cards: readonly Recommendation[],
  columns: readonly Column[],
  groupBy: GroupBy,
  i18n: MarkdownWording,
): MarkdownReportGroup[] {
  const actors = actorDirectory(data.actors);
  const workshops = new Map(data.workshops.map((workshop) => [workshop.id, workshop]));
  const lanes = buildLanes(sortByRank(cards), groupBy, columns, {
    workshops: data.workshops,
    actorIds: withBuiltInActors(data.actors).map((actor) => actor.id),
  });
  return lanes.flatMap((lane) => {
    const lanePart = laneLabel(lane.key, groupBy, i18n, { actors, workshops });
    return columns.flatMap((column) => {
      const cardIds = lane.cardIdsByColumn[column.id] ?? [];
      const title = `${lanePart} — ${i18n.columnName(column)}`;
      return cardIds.length === 0 ? [] : [{ title, cardIds }];
    });
  });
}
