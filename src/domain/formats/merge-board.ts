import { SYNCED_TABLES, type SyncedTable } from '../journal';
import type { SnapshotData } from '../snapshot';
import {
  type MergeConflict,
  type MergeCounts,
  type MergeRow,
  mergeSnapshot,
} from './merge-snapshot';

type Row = MergeRow & Record<string, unknown>;
type BoardTables = Record<SyncedTable, readonly Row[]>;

export interface BoardMerge {
  counts: Record<SyncedTable, MergeCounts>;
  conflicts: MergeConflict<Row>[];
  /** The rows to write into the local board, per table: new ones and incoming winners. */
  writes: Record<SyncedTable, Row[]>;
  /** Journal entries the local board lacks (the journal is insert-only: a union by id). */
  journal: SnapshotData['journal'];
}

function tables(data: SnapshotData): BoardTables {
  const out = {} as BoardTables;
  for (const table of SYNCED_TABLES) out[table] = data[table] as unknown as Row[];
  return out;
}

/**
 * A snapshot merged into the local board by merge-snapshot's rules (by id; a tombstone wins;
 * then the later updatedAt), as the writes that bring the local board there. The same whichever
 * side is local: two devices that merge each other's file end with the same rows.
 */
export function mergeBoard(local: SnapshotData, incoming: SnapshotData): BoardMerge {
  const result = mergeSnapshot(tables(local), tables(incoming));
  const writes = {} as Record<SyncedTable, Row[]>;
  for (const table of SYNCED_TABLES) {
    const localIds = new Set(local[table].map((row) => row.id));
    writes[table] = (incoming[table] as unknown as Row[]).filter((row) => !localIds.has(row.id));
  }
  for (const conflict of result.conflicts) {
    if (conflict.discardedSide === 'local')
      writes[conflict.table as SyncedTable].push(conflict.kept);
  }
  const localEntries = new Set(local.journal.map((entry) => entry.id));
  const journal = incoming.journal.filter((entry) => !localEntries.has(entry.id));
  return { counts: result.counts, conflicts: result.conflicts, writes, journal };
}
