import type { ActionKind } from '../../domain/journal';

/**
 * The kinds of change the activity page can be narrowed to, each a set of action kinds. Every
 * action kind belongs to exactly one group. Entries kept from before the journal are all about
 * cards, and undo and redo are a group of their own, whatever they undid.
 */
export const KIND_GROUPS = {
  cards: [
    'card.created',
    'card.moved',
    'card.reordered',
    'card.edited',
    'card.archived',
    'card.restored',
    'card.deleted',
    'cards.bulkEdited',
    'legacy',
  ],
  itemsAndNotes: [
    'actionItem.added',
    'actionItem.edited',
    'actionItem.ticked',
    'actionItem.unticked',
    'actionItem.reordered',
    'actionItem.removed',
    'note.added',
  ],
  columns: ['column.added', 'column.edited', 'column.moved', 'column.deleted'],
  workshops: ['workshop.added', 'workshop.edited', 'workshop.deleted'],
  actors: ['actor.added', 'actor.edited', 'actor.removed'],
  boardAndImports: ['board.created', 'board.cleared', 'board.imported', 'sample.removed', 'write'],
  savedViews: ['view.saved', 'view.renamed', 'view.removed'],
  undoRedo: ['undo', 'redo'],
} as const satisfies Record<string, readonly ActionKind[]>;

export type KindGroup = keyof typeof KIND_GROUPS;

export const KIND_GROUP_NAMES = Object.keys(KIND_GROUPS) as KindGroup[];

export function isKindGroup(value: string): value is KindGroup {
  return Object.hasOwn(KIND_GROUPS, value);
}
