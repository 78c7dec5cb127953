import type { RecboardDatabase } from '../db/database';
import { type ActionItem, ActionItemSchema } from '../domain/action-item';
import {
  type ActionItemInput,
  ActionItemInputSchema,
  type ActionItemPatch,
  ActionItemPatchSchema,
} from '../domain/action-item-input';
import { type ActionProgress, countActionProgress } from '../domain/action-progress';
import type { ActionKind } from '../domain/journal';
import { placeAt, rankBetween, sortByRank } from '../domain/ordering';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { truncateGraphemes } from '../lib/text';
import { cardName, label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export function createActionItemRepository(db: RecboardDatabase, writer: JournalWriter) {
  /** An item's action is named by its text and its card's title. */
  async function itemLabel(kind: ActionKind, item: ActionItem) {
    const card = await db.recommendations.get(item.recommendationId);
    return label(kind, {
      item: truncateGraphemes(item.text, 80),
      title: card ? cardName(card) : '',
    });
  }

  async function listFor(recommendationId: string): Promise<ActionItem[]> {
    const rows = await db.actionItems.where('recommendationId').equals(recommendationId).toArray();
    return sortByRank(parseRows(ActionItemSchema, 'actionItems', rows)).filter(
      (item) => item.deletedAt === null,
    );
  }

  async function read(id: string): Promise<ActionItem> {
    const row = await db.actionItems.get(id);
    if (!row) throw new RecordNotFoundError('actionItems', id);
    return parseRow(ActionItemSchema, 'actionItems', row);
  }

  return {
    list: listFor,

    /** Done/total per card, for the progress shown on the board; counted, never stored. */
    async progressByCard(boardId: string): Promise<Map<string, ActionProgress>> {
      // One getAll, not a cursor: a cursor costs a round trip per row on large boards.
      return countActionProgress(await db.actionItems.where('boardId').equals(boardId).toArray());
    },

    /** The same for a few cards (after their items changed): their items only are read. */
    async progressOf(cardIds: readonly string[]): Promise<Map<string, ActionProgress>> {
      const items = await db.actionItems
        .where('recommendationId')
        .anyOf([...cardIds])
        .toArray();
      return countActionProgress(items);
    },

    async create(
      boardId: string,
      recommendationId: string,
      input: ActionItemInput,
    ): Promise<ActionItem> {
      const fields = ActionItemInputSchema.parse(input);
      return writer.run(async () => {
        const items = await listFor(recommendationId);
        const at = nowIso();
        const item = ActionItemSchema.parse({
          ...fields,
          id: newId(),
          boardId,
          recommendationId,
          done: false,
          rank: rankBetween(items[items.length - 1]?.rank ?? null, null),
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        });
        await db.actionItems.add(item);
        return { result: item, action: await itemLabel('actionItem.added', item) };
      });
    },

    /** Saves changed fields; a tick or an untick is named as such in the history. */
    async update(id: string, input: ActionItemPatch): Promise<void> {
      const patch = ActionItemPatchSchema.parse(input);
      return writer.run(async () => {
        const item = await read(id);
        await db.actionItems.update(id, { ...patch, updatedAt: nowIso() });
        const ticked = patch.done !== undefined && patch.done !== item.done;
        const kind = !ticked
          ? 'actionItem.edited'
          : patch.done
            ? 'actionItem.ticked'
            : 'actionItem.unticked';
        return { result: undefined, action: await itemLabel(kind, item) };
      });
    },

    /** Moves an item to `toIndex` among its card's other items (a card has a few). */
    async move(id: string, toIndex: number): Promise<void> {
      return writer.run(async () => {
        const item = await read(id);
        const siblings = (await listFor(item.recommendationId)).filter((other) => other.id !== id);
        const { rank, rekeyed } = placeAt(siblings, toIndex);
        for (const other of rekeyed) await db.actionItems.update(other.id, { rank: other.rank });
        await db.actionItems.update(id, { rank, updatedAt: nowIso() });
        return { result: undefined, action: await itemLabel('actionItem.reordered', item) };
      });
    },

    /** Deletes an item, leaving a tombstone. */
    async remove(id: string): Promise<void> {
      return writer.run(async () => {
        const item = await read(id);
        const at = nowIso();
        await db.actionItems.update(id, { deletedAt: at, updatedAt: at });
        return { result: undefined, action: await itemLabel('actionItem.removed', item) };
      });
    },
  };
}
