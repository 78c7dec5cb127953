/*
 * The list of everything `npm run bench` reports. A later feature adds a measure by adding an
 * entry here and setting its value in run-board.ts; the JSON, the tables and the budget summary
 * follow from this list. Budgets apply to the median over the runs, per board size.
 */

export interface Budget {
  /** The median must not exceed this. */
  max: number;
  /** How the issue states it, when a bare "≤ max" would read oddly. */
  text?: string;
}

export interface MeasureDefinition {
  key: string;
  label: string;
  unit: 'ms' | 'MB' | '×' | 'kB';
  decimals: number;
  /** One line for the legend of docs/performance.md. */
  meaning: string;
  /** Budget by board size (number of recommendations). */
  budgets: Readonly<Record<number, Budget>>;
}

/** Measured once per run, at every board size. */
export const RUN_MEASURES = [
  {
    key: 'coldLoadMs',
    label: 'Cold load',
    unit: 'ms',
    decimals: 0,
    meaning:
      "Navigation start → 'recboard:board-ready': the first screen painted with its data and answering input (each column's first cards and every column's count), IndexedDB already populated, fresh browser context.",
    budgets: { 2000: { max: 400 }, 10000: { max: 1200 } },
  },
  {
    key: 'wholeBoardMs',
    label: 'Whole board read',
    unit: 'ms',
    decimals: 0,
    meaning:
      "Navigation start → 'recboard:board-complete': every card read and laid out, in pages after the first screen has painted.",
    budgets: {},
  },
  {
    key: 'heapMb',
    label: 'JS heap after load',
    unit: 'MB',
    decimals: 1,
    meaning: 'V8 heap in use right after the cold load, after a forced garbage collection.',
    budgets: {},
  },
  {
    key: 'dragLongestTaskMs',
    label: 'Mouse drag: longest task',
    unit: 'ms',
    decimals: 0,
    meaning:
      'Longest main-thread task from the press to the drop repainted. Chromium reports only tasks of 50 ms or more, so 0 means none reached 50 ms.',
    budgets: {
      2000: { max: 50, text: 'no task over 50 ms' },
      10000: { max: 100, text: 'no task over 100 ms' },
    },
  },
  {
    key: 'dragMaxFrameGapMs',
    label: 'Mouse drag: longest frame gap',
    unit: 'ms',
    decimals: 0,
    meaning: 'Longest gap between two animation frames over the same window (16.7 ms is smooth).',
    budgets: {},
  },
  {
    key: 'dropRepaintMs',
    label: 'Mouse drop → repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'pointerup → end of the first frame rendered with the card released in the target column.',
    budgets: { 2000: { max: 50 } },
  },
  {
    key: 'dropPersistMs',
    label: 'Mouse drop → persisted',
    unit: 'ms',
    decimals: 0,
    meaning: "pointerup → 'recboard:move-persisted' (the move committed to IndexedDB).",
    budgets: {},
  },
  {
    key: 'keyboardDropRepaintMs',
    label: 'Keyboard drop → repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      'Space (drop) → end of the first frame with the card released in the next column (picked up with Space, moved with →).',
    budgets: {},
  },
  {
    key: 'editorOpenMs',
    label: 'Open card editor',
    unit: 'ms',
    decimals: 0,
    meaning: "pointerdown on a card's title → 'recboard:editor-ready' (the editor painted).",
    budgets: { 2000: { max: 100 } },
  },
  {
    key: 'bulkWriteMs',
    label: 'Bulk write via repositories',
    unit: 'ms',
    decimals: 0,
    meaning:
      'bulkWrite.writeAll(board): zod validation + one transaction, every table, into a fresh database (the import path).',
    budgets: {},
  },
  {
    key: 'baselineWriteMs',
    label: 'Baseline: plain Dexie bulkPut',
    unit: 'ms',
    decimals: 0,
    meaning: 'The same rows with plain bulkPut in one transaction: what the storage itself costs.',
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
    key: 'baselineReadMs',
    label: 'Baseline: plain Dexie read',
    unit: 'ms',
    decimals: 0,
    meaning:
      'What the board reads (columns, recommendations, workshops, action items of the board) with plain toArray(), on a new connection.',
    budgets: {},
  },
  {
    key: 'loadReadRatio',
    label: 'Cold load ÷ baseline read',
    unit: '×',
    decimals: 1,
    meaning: 'Per run, the cold load divided by the plain read of the same rows.',
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

export type RunMeasureKey = (typeof RUN_MEASURES)[number]['key'];
export type RunValues = Record<RunMeasureKey, number>;

/** Measured once per build, from the files in dist-bench. */
export const BUILD_MEASURES = [
  {
    key: 'initialJsKb',
    label: 'Initial JavaScript (gzipped)',
    unit: 'kB',
    decimals: 1,
    meaning:
      "index.html's entry script and the modules it preloads, gzip level 9, in kB of 1,000 bytes (lazy chunks not counted).",
    // Size 0: not tied to a board size.
    budgets: { 0: { max: 200, text: '≤ 200 kB' } },
  },
] as const satisfies readonly MeasureDefinition[];

export type BuildMeasureKey = (typeof BUILD_MEASURES)[number]['key'];
