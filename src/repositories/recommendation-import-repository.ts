import Dexie from 'dexie';
import type { RecboardDatabase } from '../db/database';
import { type Column, ColumnSchema } from '../domain/column';
import { ranksBetween, sortByRank } from '../domain/ordering';
import {
  type Recommendation,
  RecommendationFieldsSchema,
  RecommendationSchema,
} from '../domain/recommendation';
import {
  type NewWorkshop,
  NewWorkshopSchema,
  type Workshop,
  WorkshopSchema,
} from '../domain/workshop';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { z } from '../lib/zod';
import { label } from './action-label';
import { definedFields } from './defined-fields';
import type { JournalWriter } from './journal-writer';
import { parseRow, parseRows } from './parse-row';
import { RecordNotFoundError } from './record-not-found-error';

/** One recommendation taken from a report: its words, where it was said and by whom, its tags. */
export const ImportedCardSchema = z.pick(RecommendationFieldsSchema, {
  text: true,
  raisedBy: true,
  sourceLocator: true,
  stageIds: true,
  actorIds: true,
  leadActorId: true,
  gcmObjectives: true,
});
export type ImportedCard = z.input<typeof ImportedCardSchema>;

/** The workshop the report is about: one the board has, or a new one made with the cards. */
export type ImportWorkshop = { existingId: string } | { create: NewWorkshop };

export interface ReportImport {
  workshop: ImportWorkshop;
  cards: readonly ImportedCard[];
}

export interface ReportImportResult {
  workshopId: string;
  cardIds: string[];
}

/**
 * Puts a report's chosen recommendations at the bottom of the board's triage column (its first
 * column when triage was deleted), in the report's order, with the workshop (new or existing) named on each: one transaction, one
 * journal entry, so one undo takes the whole import back. Every row is validated before
 * anything is written.
 */
export function createRecommendationImportRepository(db: RecboardDatabase, writer: JournalWriter) {
  /** Where imported cards arrive: the triage column, or the first column without one. */
  async function arrivalColumn(boardId: string): Promise<Column> {
    const rows = await db.columns.where('boardId').equals(boardId).toArray();
    const live = parseRows(ColumnSchema, 'columns', rows).filter((c) => c.deletedAt === null);
    const sorted = sortByRank(live);
    // A board whose triage column was deleted takes them in its first column, as the board
    // shows a card whose column is gone (layoutBoard); a board with no column takes none.
    const arrival = sorted.find((column) => column.kind === 'triage') ?? sorted[0];
    if (!arrival) throw new RecordNotFoundError('columns', `${boardId}:triage`);
    return arrival;
  }

  async function lastRank(columnId: string): Promise<string | null> {
    const last = await db.recommendations
      .where('[columnId+rank]')
      .between([columnId, Dexie.minKey], [columnId, Dexie.maxKey])
      .last();
    return last?.rank ?? null;
  }

  async function liveWorkshopId(id: string): Promise<string> {
    const row = await db.workshops.get(id);
    if (!row || row.deletedAt !== null) throw new RecordNotFoundError('workshops', id);
    return parseRow(WorkshopSchema, 'workshops', row).id;
  }

  function workshopRow(boardId: string, fields: NewWorkshop, at: string): Workshop {
    return WorkshopSchema.parse({
      place: '',
      organiserIds: [],
      sourceRef: '',
      notes: '',
      ...definedFields(fields),
      id: newId(),
      boardId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    });
  }

  return {
    async importRecommendations(boardId: string, input: ReportImport): Promise<ReportImportResult> {
      const cards = input.cards.map((card) => ImportedCardSchema.parse(card));
      const target: ImportWorkshop =
        'create' in input.workshop
          ? { create: NewWorkshopSchema.parse(input.workshop.create) }
          : input.workshop;
      return writer.run(async () => {
        const at = nowIso();
        const column = await arrivalColumn(boardId);
        const newWorkshop = 'create' in target ? workshopRow(boardId, target.create, at) : null;
        const workshopId = newWorkshop?.id ?? ('existingId' in target ? target.existingId : '');
        if (!newWorkshop) await liveWorkshopId(workshopId);
        const ranks = ranksBetween(await lastRank(column.id), null, cards.length);
        // Every row is built and validated before the first is written.
        const rows: Recommendation[] = cards.map((card, index) =>
          RecommendationSchema.parse({
            ...card,
            id: newId(),
            boardId,
            workshopId,
            title: '',
            response: 'awaiting',
            columnId: column.id,
            rank: ranks[index],
            sdgTargets: [],
            priority: null,
            dueDate: null,
            labels: [],
            archivedAt: null,
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
          }),
        );
        if (newWorkshop) await db.workshops.add(newWorkshop);
        await db.recommendations.bulkAdd(rows);
        const result = { workshopId, cardIds: rows.map((row) => row.id) };
        return { result, action: label('board.imported', { count: rows.length }) };
      });
    },
  };
}
