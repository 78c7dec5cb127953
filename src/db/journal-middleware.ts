import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  boardIdOf,
  cardIdsOf,
  type JournalEntry,
  type RowChange,
  type StoredRow,
  SYNCED_TABLES,
  type SyncedTable,
} from '../domain/journal';
import { nowIso } from '../lib/dates';
import { deepEqual } from '../lib/deep-equal';
import { newId } from '../lib/ids';

/** Changing this name wipes users' history: it is the journal's table. */
export const JOURNAL_TABLE = 'journal';

const SYNCED = new Set<string>(SYNCED_TABLES);

/** The rows one read-write transaction has touched so far, in the order first touched. */
export interface JournalRecorder {
  /**
   * Set by the journaled writer, which writes one entry for the whole transaction when its work
   * is done. Unset, each write is journaled on its own as it happens.
   */
  owned: boolean;
  changes: Map<string, RowChange>;
}

const recorders = new WeakMap<object, JournalRecorder>();

/** The recorder of a read-write transaction over synced tables (Dexie's `tx.idbtrans`). */
export function recorderOf(trans: object): JournalRecorder | undefined {
  return recorders.get(trans);
}

/**
 * The one write path: a Dexie DBCore middleware that sees every write to the synced tables,
 * reads the rows it is about to change, and records them before and after. It is below Dexie's
 * tables and above the database, so no write can go round it, whoever forgot to log it. An
 * upgrade (migration) transaction is not a person's change and is not journaled.
 */
export const journalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RecboardJournal',
  // Below Dexie's own middlewares that read its zone when called (hooks, the live-query cache
  // and change observation, levels 0-2): the awaits here lose that zone, the database below
  // does not need it. Changes to the synced tables are observed above, on their way down.
  level: -0.5,
  create: (down) => {
    // A database opened at a version before the journal (tests of old versions) has none.
    const hasJournal = down.schema.tables.some((table) => table.name === JOURNAL_TABLE);
    return hasJournal ? journaledCore(down) : {};
  },
};

function journaledCore(down: DBCore): Partial<DBCore> {
  return {
    transaction(stores, mode, options) {
      const journaled = mode === 'readwrite' && stores.some((store) => SYNCED.has(store));
      // A write nobody journaled writes its own entry: the journal must be in its scope.
      const scope =
        journaled && !stores.includes(JOURNAL_TABLE) ? [...stores, JOURNAL_TABLE] : stores;
      const trans = down.transaction(scope, mode, options);
      if (journaled) recorders.set(trans, { owned: false, changes: new Map() });
      return trans;
    },
    table(name) {
      const table = down.table(name);
      if (!SYNCED.has(name)) return table;
      return {
        ...table,
        mutate: (request) => journaledMutate(down, table, name as SyncedTable, request),
      };
    },
  };
}

async function journaledMutate(
  down: DBCore,
  table: DBCoreTable,
  name: SyncedTable,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const recorder = recorders.get(request.trans);
  if (!recorder) return table.mutate(request);
  const { keys, before } = await readBefore(table, request);
  const response = await table.mutate(request);
  keys.forEach((key, index) => {
    if (response.failures[index]) return;
    const after =
      request.type === 'add' || request.type === 'put'
        ? (request.values[index] as StoredRow)
        : undefined;
    record(recorder, { table: name, key: String(key), before: before[index], after });
  });
  if (!recorder.owned && recorder.changes.size > 0) {
    await writeUnownedEntry(down, request.trans, recorder);
  }
  return response;
}

/** The keys a write touches and their rows as they are now (none for rows being added). */
async function readBefore(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<{ keys: unknown[]; before: (StoredRow | undefined)[] }> {
  const { primaryKey } = table.schema;
  const keyOf = (value: unknown) => primaryKey.extractKey?.(value);
  if (request.type === 'deleteRange') {
    const { result } = await table.query({
      trans: request.trans,
      values: true,
      query: { index: primaryKey, range: request.range },
    });
    return { keys: result.map(keyOf), before: result as StoredRow[] };
  }
  const keys =
    request.type === 'delete' ? request.keys : (request.keys ?? request.values.map(keyOf));
  // New rows have no "before": a bulk import of new rows reads nothing.
  if (request.type === 'add') return { keys, before: keys.map(() => undefined) };
  const rows = await table.getMany({ trans: request.trans, keys });
  return { keys, before: rows as (StoredRow | undefined)[] };
}

/**
 * A row touched twice in one transaction keeps its first "before" and its last "after"; a row
 * that ends as it began (or a delete of a row that was not there) is no change at all.
 */
function record(recorder: JournalRecorder, change: RowChange): void {
  const id = `${change.table}\u0000${change.key}`;
  const earlier = recorder.changes.get(id);
  const merged = earlier ? { ...change, before: earlier.before } : change;
  if (deepEqual(merged.before, merged.after)) recorder.changes.delete(id);
  else recorder.changes.set(id, merged);
}

/** A write outside the journaled writer: journaled at once, as an unnamed write. */
async function writeUnownedEntry(
  down: DBCore,
  trans: DBCoreTransaction,
  recorder: JournalRecorder,
): Promise<void> {
  const changes = [...recorder.changes.values()];
  recorder.changes.clear();
  const boardId = boardIdOf(changes);
  if (boardId === null) return;
  const entry: JournalEntry = {
    id: newId(),
    boardId,
    at: nowIso(),
    origin: 'system',
    action: { kind: 'write', params: { table: changes[0]?.table ?? '' } },
    changes,
    cardIds: cardIdsOf(changes),
  };
  await down.table(JOURNAL_TABLE).mutate({ type: 'add', trans, values: [entry] });
}
