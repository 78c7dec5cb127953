import type { RecboardDatabase } from '../db/database';
import { type ActionItem, ActionItemSchema } from '../domain/action-item';
import {
  type ActionItemInput,
  ActionItemInputSchema,
  type ActionItemPatch,
  ActionItemPatchSchema,
} from '../domain/action-item-input';
import type { ActionProgress } from '../domain/action-progress';
import { placeAt, rankBetween, sortByRank } from '../domain/ordering';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { logActivity } from './activity-log';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

export function createActionItemRepository(db: RecboardDatabase) {
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
      const progress = new Map<string, ActionProgress>();
      // One getAll, not a cursor: a cursor costs a round trip per row on large boards.
      const items = await db.actionItems.where('boardId').equals(boardId).toArray();
      for (const item of items) {
        if (item.deletedAt !== null) continue;
        const entry = progress.get(item.recommendationId) ?? { done: 0, total: 0 };
        entry.total += 1;
        if (item.done) entry.done += 1;
        progress.set(item.recommendationId, entry);
      }
      return progress;
    },

    async create(
      boardId: string,
      recommendationId: string,
      input: ActionItemInput,
    ): Promise<ActionItem> {
      const fields = ActionItemInputSchema.parse(input);
      return db.transaction('rw', db.actionItems, db.activity, async () => {
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
        await logActivity(db, {
          type: 'action_added',
          boardId,
          recommendationId,
          createdAt: at,
          actionItemId: item.id,
        });
        return item;
      });
    },

    /** Saves changed fields; ticking or unticking is logged in the card's history. */
    async update(id: string, input: ActionItemPatch): Promise<void> {
      const patch = ActionItemPatchSchema.parse(input);
      await db.transaction('rw', db.actionItems, db.activity, async () => {
        const item = await read(id);
        const at = nowIso();
        await db.actionItems.update(id, { ...patch, updatedAt: at });
        if (patch.done !== undefined && patch.done !== item.done) {
          await logActivity(db, {
            type: 'action_done',
            boardId: item.boardId,
            recommendationId: item.recommendationId,
            createdAt: at,
            actionItemId: id,
            done: patch.done,
          });
        }
      });
    },

    /** Moves an item to `toIndex` among its card's other items. */
    async move(id: string, toIndex: number): Promise<void> {
      await db.transaction('rw', db.actionItems, async () => {
        const item = await read(id);
        const siblings = (await listFor(item.recommendationId)).filter((other) => other.id !== id);
        const { rank, rekeyed } = placeAt(siblings, toIndex);
        for (const other of rekeyed) await db.actionItems.update(other.id, { rank: other.rank });
        await db.actionItems.update(id, { rank, updatedAt: nowIso() });
      });
    },

    /** Deletes an item, leaving a tombstone. */
    async remove(id: string): Promise<void> {
      await read(id);
      await db.actionItems.update(id, { deletedAt: nowIso(), updatedAt: nowIso() });
    },
  };
}
