import { countLiveActionItems } from '../actionable';
import { actorDirectory } from '../actor';
import type { BoardFilter } from '../find/board-filter';
import { cardSearchDocument } from '../find/card-search-document';
import { isEmptyFilter } from '../find/filter-chips';
import { matchesFilter } from '../find/filter-match';
import { createSearchIndex } from '../find/search-index';
import { isBlankQuery } from '../find/search-key';
import { sortByRank } from '../ordering';
import type { Recommendation } from '../recommendation';
import type { SnapshotData } from '../snapshot';
import type { CsvExportSource } from './csv-export';

/** The cards the board shows (neither archived nor deleted), column by column, in rank order. */
export function boardCards(data: SnapshotData): Recommendation[] {
  const columns = sortByRank(data.columns.filter((column) => column.deletedAt === null));
  const byColumn = new Map<string, Recommendation[]>(columns.map((column) => [column.id, []]));
  for (const card of data.recommendations) {
    if (card.deletedAt === null && card.archivedAt === null)
      byColumn.get(card.columnId)?.push(card);
  }
  return [...byColumn.values()].flatMap((cards) => sortByRank(cards));
}

/** The board's cards the filter lets through, in board order (all of them for no filter). */
export function filteredCards(
  data: SnapshotData,
  filter: BoardFilter,
  today: string,
): Recommendation[] {
  const cards = boardCards(data);
  if (isEmptyFilter(filter)) return cards;
  const kinds = new Map(data.columns.map((column) => [column.id, column.kind]));
  const items = groupByCard(data.actionItems);
  const notes = groupByCard(data.progressNotes);
  const searchHits = isBlankQuery(filter.query)
    ? new Set<string>()
    : createSearchIndex(
        cards.map((card) =>
          cardSearchDocument(card, items.get(card.id) ?? [], notes.get(card.id) ?? []),
        ),
      ).search(filter.query);
  return cards.filter((card) =>
    matchesFilter(card, filter, {
      today,
      columnKind: kinds.get(card.columnId) ?? 'open',
      actionItemCount: countLiveActionItems(items.get(card.id) ?? []),
      searchHits,
    }),
  );
}

/**
 * A snapshot of only some cards: their items, notes and history, with every column, workshop
 * and actor of the board (a card's references stay whole, and the file imports on its own).
 */
export function snapshotOfCards(
  data: SnapshotData,
  cards: readonly Recommendation[],
): SnapshotData {
  const ids = new Set(cards.map((card) => card.id));
  return {
    ...data,
    recommendations: data.recommendations.filter((card) => ids.has(card.id)),
    actionItems: data.actionItems.filter((item) => ids.has(item.recommendationId)),
    progressNotes: data.progressNotes.filter((note) => ids.has(note.recommendationId)),
    journal: data.journal.filter((entry) => entry.cardIds.some((id) => ids.has(id))),
  };
}

/** What the CSV export reads, for the given cards of a board. */
export function csvExportSource(
  data: SnapshotData,
  cards: readonly Recommendation[],
): CsvExportSource {
  return {
    recommendations: cards,
    columns: data.columns,
    workshops: data.workshops,
    // Removed actors too: a card that still names one shows its abbreviation, not an id.
    actors: actorDirectory(data.actors),
    actionItems: data.actionItems,
    progressNotes: data.progressNotes,
  };
}

function groupByCard<T extends { recommendationId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byCard = new Map<string, T[]>();
  for (const row of rows) {
    const list = byCard.get(row.recommendationId);
    if (list) list.push(row);
    else byCard.set(row.recommendationId, [row]);
  }
  return byCard;
}
