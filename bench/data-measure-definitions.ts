import type { MeasureDefinition } from './measure-definitions';

/** The data paths, timed in the harness page. */
export const DATA_MEASURES = [
  {
    key: 'bulkWriteMs',
    label: 'Bulk write via repositories',
    unit: 'ms',
    decimals: 0,
    meaning:
      "bulkWrite.writeAll(board) into a fresh database (the journaled write path for a whole board; a person's import is timed by the snapshot import measures): zod validation, then one journaled transaction: every row read first by the journal (none found), written, the file's journal entries looked up and added (none there: the journal is never written over), and one journal entry holding every row.",
    budgets: {},
  },
  {
    key: 'baselineWriteMs',
    label: 'Baseline: plain Dexie bulkPut',
    unit: 'ms',
    decimals: 0,
    meaning:
      'The same rows with plain bulkPut in one transaction, on a connection without the journal middleware: what the storage itself costs.',
    budgets: {},
  },
  {
    key: 'bulkWriteRatio',
    label: 'Bulk write ÷ baseline write',
    unit: '×',
    decimals: 2,
    meaning: 'Per run, bulk write through the repositories divided by the plain-Dexie write.',
    budgets: { 10000: { max: 2 } },
  },
  {
    key: 'plainFirstScreenMs',
    label: 'Baseline: plain first-screen read',
    unit: 'ms',
    decimals: 0,
    meaning:
      "The rows the cold load reads, with plain Dexie on a new connection (no zod, no layout): the board's columns and workshops, each column's count, off-board keys and first 32 rows by rank, the board row, its actors, the sample check and the device settings.",
    budgets: {},
  },
  {
    key: 'coldLoadRatio',
    label: 'Cold load ÷ plain first-screen read',
    unit: '×',
    decimals: 1,
    meaning:
      'Per run, the cold load (navigation included) divided by the plain read of the same first-screen rows.',
    budgets: {},
  },
  {
    key: 'plainWholeReadMs',
    label: 'Baseline: plain whole read',
    unit: 'ms',
    decimals: 0,
    meaning:
      "What the whole board read waits for (the board's columns, recommendations and workshops) with plain toArray(), on a new connection.",
    budgets: {},
  },
  {
    key: 'wholeReadRatio',
    label: 'Whole board read ÷ plain whole read',
    unit: '×',
    decimals: 1,
    meaning:
      'Per run, the whole board read (navigation included) divided by the plain read of the same rows.',
    budgets: {},
  },
  {
    key: 'backupMs',
    label: 'Full JSON backup',
    unit: 'ms',
    decimals: 0,
    meaning:
      'backup.exportSnapshot() + JSON.stringify (indented, as the settings page does) + Blob, over the populated board.',
    budgets: {},
  },
  {
    key: 'backupMb',
    label: 'Backup file size',
    unit: 'MB',
    decimals: 1,
    meaning: 'Size of that JSON file.',
    budgets: {},
  },
] as const satisfies readonly MeasureDefinition[];
