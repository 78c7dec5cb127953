import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { ranksBetween } from '../domain/ordering';
import {
  ActorIdSchema,
  CalendarDateSchema,
  IdSchema,
  requiredTextSchema,
} from '../domain/primitives';
import { type Recommendation, RecommendationSchema } from '../domain/recommendation';
import { ResponseSchema } from '../domain/response';
import { StageIdSchema } from '../domain/taxonomy';
import { nowIso } from '../lib/dates';
import { z } from '../lib/zod';
import { label } from './action-label';
import type { JournalWriter } from './journal-writer';
import { parseRow } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

const LabelSchema = requiredTextSchema(60);

/** One change made to every selected card at once. */
export const BulkEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), columnId: IdSchema }),
  z.object({ kind: z.literal('response'), response: ResponseSchema }),
  z.object({ kind: z.enum(['addStage', 'removeStage']), stageId: StageIdSchema }),
  z.object({ kind: z.enum(['addActor', 'removeActor']), actorId: ActorIdSchema }),
  z.object({ kind: z.enum(['addLabel', 'removeLabel']), label: LabelSchema }),
  z.object({ kind: z.literal('lead'), actorId: z.nullable(ActorIdSchema) }),
  z.object({ kind: z.literal('due'), dueDate: z.nullable(CalendarDateSchema) }),
  z.object({ kind: z.literal('archive') }),
]);
export type BulkEdit = z.input<typeof BulkEditSchema>;
type ParsedEdit = z.output<typeof BulkEditSchema>;

const withItem = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? [...list] : [...list, item];
const without = <T>(list: readonly T[], item: T): T[] => list.filter((other) => other !== item);

/**
 * The fields one edit changes on one card. The lead actor stays one of the responsible actors:
 * setting a lead adds it to them, removing the lead's actor clears the lead.
 */
function fieldsFor(card: Recommendation, edit: ParsedEdit, at: string): Partial<Recommendation> {
  switch (edit.kind) {
    case 'move':
      return { columnId: edit.columnId };
    case 'response':
      return { response: edit.response };
    case 'addStage':
      return { stageIds: withItem(card.stageIds, edit.stageId) };
    case 'removeStage':
      return { stageIds: without(card.stageIds, edit.stageId) };
    case 'addActor':
      return { actorIds: withItem(card.actorIds, edit.actorId) };
    case 'removeActor':
      return {
        actorIds: without(card.actorIds, edit.actorId),
        leadActorId: card.leadActorId === edit.actorId ? null : card.leadActorId,
      };
    case 'addLabel':
      return { labels: withItem(card.labels, edit.label) };
    case 'removeLabel':
      return { labels: without(card.labels, edit.label) };
    case 'lead':
      return edit.actorId === null
        ? { leadActorId: null }
        : { leadActorId: edit.actorId, actorIds: withItem(card.actorIds, edit.actorId) };
    case 'due':
      return { dueDate: edit.dueDate };
    case 'archive':
      return { archivedAt: card.archivedAt ?? at };
  }
}

/** Only the fields whose value differs: an edit that changes nothing writes nothing. */
function changed(card: Recommendation, fields: Partial<Recommendation>): Partial<Recommendation> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([key, value]) => JSON.stringify(card[key as keyof Recommendation]) !== JSON.stringify(value),
    ),
  );
}

/**
 * Bulk edits: one change to several cards, as one journaled transaction (one entry, one undo
 * step). Cards moved to another column go to its bottom, in the order they were given.
 */
export function createBulkEditRepository(db: RecboardDatabase, writer: JournalWriter) {
  async function lastRank(columnId: string): Promise<string | null> {
    const last = await db.recommendations
      .where('[columnId+rank]')
      .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey])
      .last();
    return last?.rank ?? null;
  }

  return {
    async editMany(ids: readonly string[], input: BulkEdit): Promise<Recommendation[]> {
      const edit = BulkEditSchema.parse(input);
      const unique = [...new Set(ids)];
      return writer.run(async () => {
        const rows = await db.recommendations.bulkGet(unique);
        const cards = rows.map((row, index) => {
          if (!row) throw new RecordNotFoundError('recommendations', unique[index] ?? '');
          return parseRow(RecommendationSchema, 'recommendations', row);
        });
        if (edit.kind === 'move') {
          const column = await db.columns.get(edit.columnId);
          if (!column || column.deletedAt !== null) {
            throw new RecordNotFoundError('columns', edit.columnId);
          }
        }
        const at = nowIso();
        const moving = cards.filter(
          (card) => edit.kind === 'move' && card.columnId !== edit.columnId,
        );
        const ranks =
          edit.kind === 'move' && moving.length > 0
            ? ranksBetween(await lastRank(edit.columnId), null, moving.length)
            : [];
        const results: Recommendation[] = [];
        for (const card of cards) {
          const diff = changed(card, fieldsFor(card, edit, at));
          const rank = ranks[moving.indexOf(card)];
          if (rank !== undefined) diff.rank = rank;
          if (Object.keys(diff).length === 0) {
            results.push(card);
            continue;
          }
          const changes = { ...diff, updatedAt: at };
          const after = RecommendationSchema.parse({ ...card, ...changes });
          await db.recommendations.update(card.id, changes);
          results.push(after);
        }
        return {
          result: results,
          action: label('cards.bulkEdited', { count: cards.length, edit: edit.kind }),
        };
      });
    },
  };
}
export type BulkEditRepository = ReturnType<typeof createBulkEditRepository>;
