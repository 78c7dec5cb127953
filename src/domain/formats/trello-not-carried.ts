import type { TrelloBoard, TrelloCard } from './trello-schema';

/**
 * What a Trello import leaves behind or changes, by code and count, for the preview to word.
 * `action:<type>` counts history entries of a type other than comments (moves, member changes…).
 */
export type TrelloNotCarriedCode =
  | 'attachments'
  | 'members'
  | 'card_members'
  | 'custom_fields'
  | 'custom_field_values'
  | 'stickers'
  | 'votes'
  | 'covers'
  | 'power_ups'
  | 'board_description'
  | 'start_dates'
  | 'due_complete'
  | 'checklist_names'
  | 'check_item_members'
  | 'column_names_shortened'
  | 'titles_shortened'
  | 'texts_shortened'
  | 'labels_shortened'
  | 'action_items_shortened'
  | 'notes_shortened'
  | 'cards_without_text'
  | 'cards_on_missing_lists'
  | 'checklists_on_missing_cards'
  | 'comments_on_missing_cards'
  | 'empty_check_items'
  | 'empty_comments'
  | `action:${string}`;

export interface NotCarried {
  what: TrelloNotCarriedCode;
  count: number;
}

export class NotCarriedTally {
  private readonly counts = new Map<TrelloNotCarriedCode, number>();

  add(what: TrelloNotCarriedCode, count = 1): void {
    if (count > 0) this.counts.set(what, (this.counts.get(what) ?? 0) + count);
  }

  list(): NotCarried[] {
    return [...this.counts]
      .map(([what, count]) => ({ what, count }))
      .sort((a, b) => (a.what < b.what ? -1 : a.what > b.what ? 1 : 0));
  }
}

/** Counts what Recboard has no place for, on the board and on every card. */
export function countBoardExtras(board: TrelloBoard, tally: NotCarriedTally): void {
  tally.add('members', board.members?.length ?? 0);
  tally.add('custom_fields', board.customFields?.length ?? 0);
  tally.add('power_ups', board.pluginData?.length ?? 0);
  tally.add('board_description', board.desc?.trim() ? 1 : 0);
  for (const card of board.cards) countCardExtras(card, tally);
  for (const checklist of board.checklists ?? []) {
    tally.add('checklist_names');
    tally.add('check_item_members', checklist.checkItems.filter((item) => item.idMember).length);
  }
  for (const action of board.actions ?? []) {
    if (action.type !== 'commentCard') tally.add(`action:${action.type}`);
  }
}

function countCardExtras(card: TrelloCard, tally: NotCarriedTally): void {
  tally.add('attachments', card.attachments?.length ?? card.badges?.attachments ?? 0);
  tally.add('card_members', card.idMembers?.length ?? 0);
  tally.add('custom_field_values', card.customFieldItems?.length ?? 0);
  tally.add('stickers', card.stickers?.length ?? 0);
  tally.add('votes', card.idMembersVoted?.length ?? 0);
  tally.add('power_ups', card.pluginData?.length ?? 0);
  const cover = card.cover;
  tally.add(
    'covers',
    cover && (cover.idAttachment || cover.color || cover.idUploadedBackground) ? 1 : 0,
  );
  tally.add('start_dates', card.start ? 1 : 0);
  tally.add('due_complete', card.dueComplete ? 1 : 0);
}
