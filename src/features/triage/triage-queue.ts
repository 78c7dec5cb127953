import type { Lane } from '../../domain/find/lanes';

/** What a session walks through: every card the current view shows, or one column of it. */
export type TriageScope = { kind: 'view' } | { kind: 'column'; columnId: string };

/**
 * The cards of a session, in board order: column by column, top to bottom, each card once
 * even when swimlanes show it in several lanes. Taken once when the session starts, so a card
 * that a decision moves out of the filter stays in the session.
 */
export function triageQueue(
  lanes: readonly Lane[],
  columnIds: readonly string[],
  scope: TriageScope,
): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const columnId of columnIds) {
    if (scope.kind === 'column' && scope.columnId !== columnId) continue;
    for (const lane of lanes) {
      for (const id of lane.cardIdsByColumn[columnId] ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return queue;
}
