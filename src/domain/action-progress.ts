/** How many of a card's action items are done: counted when read, never stored. */
export interface ActionProgress {
  done: number;
  total: number;
}

/** Done and total action items per recommendation id, deleted items left out. */
export function countActionProgress(
  items: readonly { recommendationId: string; done: boolean; deletedAt: string | null }[],
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
