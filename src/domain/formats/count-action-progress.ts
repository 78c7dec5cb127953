import type { ActionItem } from '../action-item';
import type { ActionProgress } from '../action-progress';

/** Done and total action items per recommendation id, deleted items left out. */
export function countActionProgress(
  items: readonly Pick<ActionItem, 'recommendationId' | 'done' | 'deletedAt'>[],
): Map<string, ActionProgress> {
  const progress = new Map<string, ActionProgress>();
  for (const item of items) {
    if (item.deletedAt !== null) continue;
    const counts = progress.get(item.recommendationId) ?? { done: 0, total: 0 };
    counts.total += 1;
    if (item.done) counts.done += 1;
    progress.set(item.recommendationId, counts);
  }
  return progress;
}
