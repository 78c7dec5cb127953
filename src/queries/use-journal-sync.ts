import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type StoredRow, SYNCED_TABLES } from '../domain/journal';
import { markAfterRender } from '../lib/perf-marks';
import type { ObservedChanges } from '../repositories/observed-changes';
import { applyRowChanges, BULK_CHANGE_ROWS, type RowsNow, rowsOfEntry } from './apply-row-changes';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';

/**
 * Keeps the cached board in step with every committed write, one refresh per write, sized to
 * the change (decision 011):
 * - an action of this tab: patched from its journal entry, which holds every row as it now is;
 * - anything else (another tab, the import worker, a write nobody journaled): the rows
 *   Dexie's change event names are read by key and patched in. A bulk write names a range, not
 *   keys, or more keys than a patch is worth: then the board is read again.
 */
export function useJournalSync(boardId: string): void {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  useEffect(() => {
    const apply = (rows: RowsNow) => applyRowChanges(queryClient, repositories, boardId, rows);
    const stopCommitted = repositories.journal.onCommitted((entry) => {
      void apply(rowsOfEntry(entry)).then(() => markAfterRender('recboard:journal-applied'));
    });
    const readChanged = async (changes: ObservedChanges) => {
      const named = SYNCED_TABLES.map((table) => changes.tables[table] ?? []);
      // A range, or more rows than a patch is worth (another tab's or the import worker's
      // bulk write): the board is read again, in pages, rather than each row by key first.
      const count = named.reduce((sum, keys) => sum + (keys === 'all' ? Infinity : keys.length), 0);
      if (count > BULK_CHANGE_ROWS) {
        await queryClient.invalidateQueries({ queryKey: boardKeys.all });
        return;
      }
      const rows: RowsNow = {};
      for (const table of SYNCED_TABLES) {
        const keys = changes.tables[table];
        // ('all' was counted as more than a patch is worth, above.)
        if (!keys || keys === 'all' || keys.length === 0) continue;
        const found = await repositories.journal.readRows(table, keys);
        rows[table] = keys.map((key, index) => ({
          key,
          row: found[index] as StoredRow | undefined,
        }));
      }
      await apply(rows);
    };
    const stopObserved = repositories.onDataChanged((changes) => {
      const { journalIds } = changes;
      const ours =
        journalIds !== 'all' &&
        journalIds.length > 0 &&
        journalIds.every((id) => repositories.journal.wroteHere(id));
      if (!ours) void readChanged(changes);
    });
    return () => {
      stopCommitted();
      stopObserved();
    };
  }, [boardId, repositories, queryClient]);
}
