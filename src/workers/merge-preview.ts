import type { MergePreview, MergePreviewConflict } from '../domain/formats/import-plan';
import { mergeBoard } from '../domain/formats/merge-board';
import type { MergeCounts } from '../domain/formats/merge-snapshot';
import { SYNCED_TABLES } from '../domain/journal';
import { displayTitle } from '../domain/recommendation';
import type { SnapshotData } from '../domain/snapshot';

/** What merging `incoming` into `local` would do, counted, with each conflict named by card. */
export function mergePreview(local: SnapshotData, incoming: SnapshotData): MergePreview {
  const merge = mergeBoard(local, incoming);
  const other: MergeCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  for (const table of SYNCED_TABLES) {
    if (table === 'recommendations') continue;
    const counts = merge.counts[table];
    other.added += counts.added;
    other.updated += counts.updated;
    other.unchanged += counts.unchanged;
    other.conflicts += counts.conflicts;
  }
  const cards = new Map(
    [...local.recommendations, ...incoming.recommendations].map((card) => [card.id, card]),
  );
  const conflicts = new Map<string, MergePreviewConflict>();
  for (const conflict of merge.conflicts) {
    const cardId =
      conflict.table === 'recommendations'
        ? conflict.id
        : conflict.table === 'actionItems' || conflict.table === 'progressNotes'
          ? String(conflict.kept.recommendationId)
          : null;
    const card = cardId === null ? undefined : cards.get(cardId);
    if (!cardId || !card || conflicts.has(cardId)) continue;
    conflicts.set(cardId, { cardId, title: displayTitle(card), setAside: conflict.discardedSide });
  }
  return { cards: merge.counts.recommendations, other, conflicts: [...conflicts.values()] };
}
