import {
  type CollisionDetection,
  closestCenter,
  getClientRect,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { ColumnItems } from './column-items';

/** State the collision detection keeps between calls, owned by the board's drag hook. */
export interface CollisionMemory {
  /** What the card was last over: returned while it is over nothing at all. */
  lastOverId: UniqueIdentifier | null;
}

/**
 * Which card or column the dragged card is over, in two steps: first the column, then the
 * closest of that column's cards.
 *
 * The column is chosen among the columns alone, by the pointer or, without one (the keyboard)
 * or between columns, by the most overlap with the dragged card. Column boxes do not move when
 * a card changes column; cards do. Choosing among the cards of every column at once (dnd-kit's
 * `closestCorners`, or its multiple-containers example) let a crossing card shift the cards
 * under it so that a card of the column it came from became the closest: it went back, the
 * cards shifted again, and the board re-rendered without end (React error #185).
 */
export function boardCollisionDetection(
  items: ColumnItems,
  memory: CollisionMemory,
): CollisionDetection {
  return (args) => {
    const columns = args.droppableContainers.filter((container) => container.id in items);
    const columnArgs = { ...args, droppableContainers: columns };
    const underPointer = pointerWithin(columnArgs);
    const hits = underPointer.length > 0 ? underPointer : rectIntersection(columnArgs);
    const columnId = getFirstCollision(hits, 'id');
    if (columnId === null || columnId === undefined) {
      return memory.lastOverId === null ? [] : [{ id: memory.lastOverId }];
    }
    const ids = items[String(columnId)] ?? [];
    if (
      belowLastCard(
        args,
        ids.filter((id) => id !== args.active.id),
      )
    ) {
      // The empty end of a column: the card goes last, whatever card is closest.
      memory.lastOverId = columnId;
      return [{ id: columnId }];
    }
    const cards = new Set<UniqueIdentifier>(ids);
    // The dragged card's own slot counts: hovering the placeholder keeps it where it is.
    const closest = closestCenter({
      ...args,
      droppableContainers: args.droppableContainers.filter((container) => cards.has(container.id)),
    });
    const overId = closest[0]?.id ?? columnId;
    memory.lastOverId = overId;
    return [{ id: overId }];
  };
}

/**
 * Whether the pointer is below a column's last card, the dragged one left out: once the card
 * has gone to the end it is the last card, and the pointer is over it (a keyboard drag has no
 * pointer). The card's box is read now, not from dnd-kit's measurements taken at the start of
 * the drag: the column may have scrolled since (its own auto-scroll), and the end moved with it.
 */
function belowLastCard(args: Parameters<CollisionDetection>[0], ids: readonly string[]): boolean {
  const pointer = args.pointerCoordinates;
  const lastId = ids[ids.length - 1];
  if (!pointer || lastId === undefined) return false;
  // Not rendered: the column renders only the cards in view, so its end is not on screen.
  const node = args.droppableContainers.find((container) => container.id === lastId)?.node.current;
  return node ? pointer.y > getClientRect(node, { ignoreTransform: true }).bottom : false;
}
