import type { ObservabilitySet } from 'dexie';
import { JOURNAL_TABLE } from '../db/journal-middleware';
import { SYNCED_TABLES, type SyncedTable } from '../domain/journal';

/** Keys a committed write changed, or 'all' when Dexie reported a range (a bulk write, a clear). */
export type ChangedKeys = string[] | 'all';

/** What one of Dexie's change events says about this database. */
export interface ObservedChanges {
  tables: Partial<Record<SyncedTable, ChangedKeys>>;
  journalIds: ChangedKeys;
}

/** Dexie's key sets: an interval tree, with the class's methods lost once sent to another tab. */
interface KeyTree {
  from?: unknown;
  to?: unknown;
  l?: KeyTree | null;
  r?: KeyTree | null;
}

/** Every single key in a tree, or 'all' as soon as one node is a range of keys. */
function keysOf(tree: KeyTree | undefined): ChangedKeys {
  const keys: string[] = [];
  const stack = tree ? [tree] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || node.from === undefined) continue;
    if (node.from !== node.to || typeof node.from !== 'string') return 'all';
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/**
 * The rows a change event names, per table: Dexie's `storagemutated` event, fired after every
 * commit in this tab and in others, carries the primary keys each write touched (its part
 * `idb://<database>/<table>/`). Null when the event is about another database, or names
 * neither a synced table nor the journal (a device setting, a copy of the journal's digest
 * kept by the dashboard's worker): nothing the board shows changed.
 */
export function observedChanges(dbName: string, parts: ObservabilitySet): ObservedChanges | null {
  const prefix = `idb://${dbName}/`;
  const tables: ObservedChanges['tables'] = {};
  for (const table of SYNCED_TABLES) {
    const part = parts[`${prefix}${table}/`] as KeyTree | undefined;
    if (part) tables[table] = keysOf(part);
  }
  const journal = parts[`${prefix}${JOURNAL_TABLE}/`] as KeyTree | undefined;
  if (!journal && Object.keys(tables).length === 0) return null;
  return { tables, journalIds: journal ? keysOf(journal) : [] };
}
