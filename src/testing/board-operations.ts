import fc from 'fast-check';
import type { RecboardDatabase } from '../db/database';
import { SYNCED_TABLES } from '../domain/journal';
import { RESPONSES } from '../domain/response';
import { STAGE_IDS } from '../domain/taxonomy';
import type { Repositories } from '../repositories/repositories';
import {
  type ManyRowOperation,
  manyRowOperationArbitraries,
  runManyRowOperation,
} from './many-row-operations';
import { choose, pick, text } from './operation-picks';

/**
 * Every kind of change a person can make to a board, as data: fast-check draws a list of
 * them, and `runOperation` applies one to whatever the board holds by then (`pick` chooses
 * among the rows that exist at that moment, so any list is meaningful on any board).
 */
export type Operation =
  | { kind: 'move'; pick: number; column: number; neighbour: number }
  | { kind: 'edit'; pick: number; title: string; response: number; stages: number[] }
  | { kind: 'tagActors'; pick: number; lead: boolean }
  | { kind: 'schedule'; pick: number; day: number | null; priority: number }
  | { kind: 'create'; column: number; text: string }
  | { kind: 'archive' | 'unarchive' | 'delete'; pick: number }
  | { kind: 'addItem'; pick: number; text: string }
  | { kind: 'tickItem' | 'moveItem' | 'removeItem' | 'editItem'; pick: number; text: string }
  | { kind: 'addNote'; pick: number; text: string }
  | { kind: 'addColumn'; text: string }
  | { kind: 'renameColumn' | 'limitColumn' | 'moveColumn' | 'deleteColumn'; pick: number }
  | { kind: 'addWorkshop'; text: string }
  | { kind: 'editWorkshop'; pick: number; text: string }
  | { kind: 'deleteWorkshop'; pick: number; how: number }
  | { kind: 'addActor'; text: string }
  | { kind: 'editActor' | 'removeActor'; pick: number; text: string }
  | { kind: 'removeSample' | 'clearBoard' }
  | ManyRowOperation;

export const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('move'), pick, column: pick, neighbour: pick }),
  fc.record({
    kind: fc.constant('edit'),
    pick,
    title: text,
    response: pick,
    stages: fc.array(pick, { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('tagActors'), pick, lead: fc.boolean() }),
  fc.record({ kind: fc.constant('schedule'), pick, day: fc.option(fc.nat(700)), priority: pick }),
  fc.record({ kind: fc.constant('create'), column: pick, text }),
  fc.record({ kind: fc.constantFrom('archive', 'unarchive', 'delete'), pick }),
  fc.record({ kind: fc.constant('addItem'), pick, text }),
  fc.record({
    kind: fc.constantFrom('tickItem', 'moveItem', 'removeItem', 'editItem'),
    pick,
    text,
  }),
  fc.record({ kind: fc.constant('addNote'), pick, text }),
  fc.record({ kind: fc.constant('addColumn'), text }),
  fc.record({
    kind: fc.constantFrom('renameColumn', 'limitColumn', 'moveColumn', 'deleteColumn'),
    pick,
  }),
  fc.record({ kind: fc.constant('addWorkshop'), text }),
  fc.record({ kind: fc.constant('editWorkshop'), pick, text }),
  fc.record({ kind: fc.constant('deleteWorkshop'), pick, how: pick }),
  fc.record({ kind: fc.constant('addActor'), text }),
  fc.record({ kind: fc.constantFrom('editActor', 'removeActor'), pick, text }),
  fc.record({ kind: fc.constantFrom('removeSample', 'clearBoard') }),
  ...manyRowOperationArbitraries,
);

/** Applies one operation through the repositories, as the screen would. */
export async function runOperation(
  db: RecboardDatabase,
  repositories: Repositories,
  boardId: string,
  op: Operation,
): Promise<void> {
  const r = repositories;
  const cards = (await db.recommendations.toArray()).filter((card) => card.deletedAt === null);
  const onBoard = cards.filter((card) => card.archivedAt === null);
  const columns = await r.columns.list(boardId);
  const workshops = await r.workshops.list(boardId);
  const actors = await r.actors.list(boardId);
  const items = (await db.actionItems.toArray()).filter((item) => item.deletedAt === null);
  switch (op.kind) {
    case 'move': {
      const card = choose(onBoard, op.pick);
      const column = choose(columns, op.column);
      if (!card || !column) return;
      const others = onBoard.filter((c) => c.columnId === column.id && c.id !== card.id);
      const after = choose([null, ...others.map((c) => c.id)], op.neighbour) ?? null;
      await r.recommendations.move({
        id: card.id,
        toColumnId: column.id,
        afterId: after,
        beforeId: null,
      });
      return;
    }
    case 'edit': {
      const card = choose(onBoard, op.pick);
      if (!card) return;
      await r.recommendations.update(card.id, {
        title: op.title,
        response: choose(RESPONSES, op.response),
        stageIds: [
          ...new Set(op.stages.map((index) => STAGE_IDS[index % STAGE_IDS.length])),
        ].filter((stage) => stage !== undefined),
      });
      return;
    }
    case 'tagActors': {
      const card = choose(onBoard, op.pick);
      if (!card) return;
      const actorIds = ['moewoe', 'bmet', ...actors.slice(0, 1).map((a) => a.id)];
      await r.recommendations.update(card.id, {
        actorIds,
        leadActorId: op.lead ? (actorIds[op.pick % actorIds.length] ?? null) : null,
      });
      return;
    }
    case 'schedule': {
      const card = choose(onBoard, op.pick);
      if (!card) return;
      const due = op.day === null ? null : new Date(Date.UTC(2026, 0, 1 + op.day));
      await r.recommendations.update(card.id, {
        dueDate: due ? due.toISOString().slice(0, 10) : null,
        priority: choose(['high', 'medium', 'low', null] as const, op.priority) ?? null,
      });
      return;
    }
    case 'create': {
      const column = choose(columns, op.column);
      if (column) await r.recommendations.create(boardId, { text: op.text, columnId: column.id });
      return;
    }
    case 'archive':
    case 'delete': {
      const card = choose(onBoard, op.pick);
      if (card) await r.recommendations[op.kind === 'archive' ? 'archive' : 'remove'](card.id);
      return;
    }
    case 'unarchive': {
      const card = choose(
        cards.filter((c) => c.archivedAt !== null),
        op.pick,
      );
      if (card) await r.recommendations.unarchive(card.id);
      return;
    }
    case 'addItem':
    case 'addNote': {
      const card = choose(cards, op.pick);
      if (!card) return;
      if (op.kind === 'addItem') {
        await r.actionItems.create(boardId, card.id, {
          text: op.text,
          ownerActorId: null,
          dueDate: null,
        });
      } else {
        await r.progressNotes.create(boardId, card.id, {
          date: '2026-05-01',
          text: op.text,
          evidence: '',
          author: '',
        });
      }
      return;
    }
    case 'tickItem':
    case 'moveItem':
    case 'removeItem':
    case 'editItem': {
      const item = choose(items, op.pick);
      if (!item) return;
      if (op.kind === 'tickItem') await r.actionItems.update(item.id, { done: !item.done });
      else if (op.kind === 'editItem') await r.actionItems.update(item.id, { text: op.text });
      else if (op.kind === 'moveItem') await r.actionItems.move(item.id, op.pick % 3);
      else await r.actionItems.remove(item.id);
      return;
    }
    case 'addColumn':
      await r.columns.create(boardId, { name: op.text, kind: 'open', wipLimit: null });
      return;
    case 'renameColumn':
    case 'limitColumn':
    case 'moveColumn':
    case 'deleteColumn': {
      const column = choose(columns, op.pick);
      if (!column) return;
      if (op.kind === 'renameColumn')
        await r.columns.update(column.id, { name: `${column.name}!` });
      else if (op.kind === 'limitColumn')
        await r.columns.update(column.id, { wipLimit: 1 + (op.pick % 9) });
      else if (op.kind === 'moveColumn') await r.columns.move(column.id, op.pick % columns.length);
      else {
        const target = columns.find((other) => other.id !== column.id);
        if (target) await r.columns.remove(column.id, target.id);
      }
      return;
    }
    case 'addWorkshop':
      await r.workshops.create(boardId, { title: op.text, date: '2026-02-24', kind: 'workshop' });
      return;
    case 'editWorkshop': {
      const workshop = choose(workshops, op.pick);
      if (workshop) await r.workshops.update(workshop.id, { place: op.text });
      return;
    }
    case 'deleteWorkshop': {
      const workshop = choose(workshops, op.pick);
      const other = workshops.find((w) => w.id !== workshop?.id);
      if (!workshop) return;
      const how = op.how % 3;
      await r.workshops.remove(
        workshop.id,
        how === 0 && other
          ? { recommendations: 'move', toWorkshopId: other.id }
          : { recommendations: how === 1 ? 'delete' : 'detach' },
      );
      return;
    }
    case 'addActor':
      await r.actors
        .create(boardId, {
          name: op.text,
          abbr: `A${op.text}`.slice(0, 12),
          group: 'civil_society',
        })
        .catch(
          () => undefined, // the abbreviation may be taken: a refused action writes nothing
        );
      return;
    case 'editActor':
    case 'removeActor': {
      const actor = choose(actors, op.pick);
      if (!actor) return;
      if (op.kind === 'removeActor') await r.actors.remove(actor.id);
      else await r.actors.update(actor.id, { name: op.text });
      return;
    }
    case 'removeSample':
      await r.boardSetup.removeSampleData(boardId);
      return;
    case 'clearBoard':
      await r.boardSetup.clearBoard(boardId);
      return;
    case 'laneMove':
    case 'bulkEdit':
    case 'reportImport':
    case 'addRows':
    case 'snapshotMerge':
    case 'snapshotReplace':
      await runManyRowOperation(r, boardId, op, { onBoard, columns, workshops });
      return;
  }
}

/** Every synced table's rows, each sorted by id: what undo must restore exactly. */
export async function syncedState(db: RecboardDatabase): Promise<Record<string, unknown[]>> {
  const state: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    const rows = await db.table(table).toArray();
    state[table] = rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  }
  return state;
}
