/*
 * The list of everything `npm run bench` reports. A later feature adds a measure by adding an
 * entry here and setting its value in run-board.ts; the JSON, the tables and the budget summary
 * follow from this list. Budgets apply to the median over the runs, per board size.
 */

import { LARGE_BOARD } from './bench-config';
import { DATA_MEASURES } from './data-measure-definitions';
import { EXCHANGE_MEASURES } from './exchange-measure-definitions';
import { VIEW_MEASURES } from './view-measure-definitions';

export interface Budget {
  /** The median must not exceed this. */
  max: number;
  /** How the issue states it, when a bare "≤ max" would read oddly. */
  text?: string;
}

export interface MeasureDefinition {
  key: string;
  label: string;
  unit: 'ms' | 'MB' | '×' | 'kB' | 'rows';
  decimals: number;
  /**
   * The smallest value the browser can report. A value under it means "none seen", and the
   * report shows "< floor" instead of a number (never "0 ms" for a task Chromium does not report).
   */
  floor?: number;
  /** One line for the legend of docs/performance.md. */
  meaning: string;
  /** Budget by board size (number of recommendations). */
  budgets: Readonly<Record<number, Budget>>;
  /**
   * Measured on the boards over LARGE_BOARD too (bench-config.ts). A run there measures only
   * these: the whole set would take many minutes per run on this machine.
   */
  everySize?: true;
  /** Measured at these board sizes only (the size its budget names), whatever everySize says. */
  onlyAt?: readonly number[];
}

/** The board's own measures: load, moves, undo, editor, another tab. */
const BOARD_MEASURES = [
  {
    key: 'coldLoadMs',
    everySize: true,
    label: 'Cold load',
    unit: 'ms',
    decimals: 0,
    meaning:
      "Navigation start → 'recboard:board-ready': the first screen painted with its data and answering input (each column's first cards and every column's count), IndexedDB already populated, fresh browser context.",
    budgets: { 2000: { max: 400 }, 10000: { max: 1200 } },
  },
  {
    key: 'wholeBoardMs',
    everySize: true,
    label: 'Whole board read',
    unit: 'ms',
    decimals: 0,
    meaning:
      "Navigation start → 'recboard:board-complete': every card read and laid out, in pages after the first screen has painted.",
    budgets: {},
  },
  {
    key: 'heapMb',
    everySize: true,
    label: 'JS heap after load',
    unit: 'MB',
    decimals: 1,
    meaning:
      'V8 heap in use right after the whole board is read, after a forced garbage collection.',
    budgets: {},
  },
  {
    key: 'dragLongestTaskMs',
    label: 'Mouse drag: longest task',
    unit: 'ms',
    decimals: 0,
    floor: 50,
    meaning:
      'Longest main-thread task from the press to the drop repainted. Chromium reports only tasks of 50 ms or more: "< 50 ms" means no task reached 50 ms (the frame gap below says how smooth it was).',
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
      'pointerup → end of the first frame rendered with the card released in the target column (the optimistic move, before anything is written).',
    budgets: { 2000: { max: 50 } },
  },
  {
    key: 'dropPersistMs',
    label: 'Mouse drop → persisted',
    unit: 'ms',
    decimals: 0,
    meaning: "pointerup → 'recboard:move-persisted' (the move and its journal entry committed).",
    budgets: {},
  },
  {
    key: 'dropPatchedMs',
    label: 'Mouse drop → committed move painted',
    unit: 'ms',
    decimals: 0,
    meaning:
      "pointerup → 'recboard:journal-applied' painted: the move committed, the cached board patched from its journal entry (the rank the database gave it), the queries it made stale that are on screen read again, and the next frame painted. Since decision 011 this replaces the whole-board refetch after a drop: the board is consistent again here.",
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
    key: 'undoRepaintMs',
    label: 'Undo a move → repainted',
    unit: 'ms',
    decimals: 0,
    meaning:
      "Ctrl+Z keydown, focus on the moved card's drag handle (the board, not a field) → end of the first frame with the card back in its old column: the keyboard move undone, its journal entry reverted in one transaction and patched into the cache.",
    budgets: { 10000: { max: 50 } },
  },
  {
    key: 'undoCommitMs',
    label: 'Undo a move → committed',
    unit: 'ms',
    decimals: 0,
    meaning:
      "The same keydown → the undo's read-write transaction committed (its IndexedDB 'complete' event, seen by the read counter below): how much of the undo is the database.",
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
    key: 'crossTabMs',
    label: 'Move in tab A → shown in tab B',
    unit: 'ms',
    decimals: 0,
    meaning:
      "A second page of the same context (tab B) holds the whole board; a mouse drop in tab A, brought to the front as the tab a person drags in is (neither tab may be throttled: frames 200 ms or more apart in either tab just after the move fail the run) → the end of tab B's first frame with the card in its new column. Both ends on the wall clock: each page's performance.timeOrigin + its event timestamp or performance.now(), less that page's own offset from Date.now() (the smallest of 20 ms of samples; bench/journal-measures.ts), so the two pages' clocks agree to about 0.1 ms.",
    budgets: { 10000: { max: 150 } },
  },
  {
    key: 'crossTabReadMs',
    label: 'Move in tab A → tab B reads it',
    unit: 'ms',
    decimals: 0,
    meaning:
      "The same drop → tab B's first IndexedDB transaction after it, reading the rows Dexie's cross-tab change event named (same clocks): what is left of the figure above is tab B's patch and render.",
    budgets: {},
  },
  {
    key: 'moveTxRows',
    label: 'Move: rows read by its transaction',
    unit: 'rows',
    decimals: 0,
    meaning:
      "IndexedDB rows (and index keys) the move's read-write transaction in tab A read: the card, the column, the neighbours, and the rows the journal reads before writing. Counted by a wrapper over IDBObjectStore and IDBIndex get, getAll, getAllKeys, openCursor and openKeyCursor, installed in the page by the bench (bench/idb-read-counter.ts); count() reads no row. Target: the order of the rows the move changes, whatever the board's size.",
    budgets: { 2000: { max: 20, text: '≤ 20 rows' }, 10000: { max: 20, text: '≤ 20 rows' } },
  },
  {
    key: 'moveRowsTabA',
    label: 'Move: rows read in tab A',
    unit: 'rows',
    decimals: 0,
    meaning:
      'Every row tab A read from the drop until it was quiet again (the transaction above, and whatever the patch read again), the same way.',
    budgets: { 2000: { max: 20, text: '≤ 20 rows' }, 10000: { max: 20, text: '≤ 20 rows' } },
  },
  {
    key: 'moveRowsTabB',
    label: 'Move: rows read in tab B',
    unit: 'rows',
    decimals: 0,
    meaning:
      "Every row tab B read from tab A's drop until it had painted the card and was quiet again: the rows Dexie's change event named, and whatever the patch read again.",
    budgets: { 2000: { max: 20, text: '≤ 20 rows' }, 10000: { max: 20, text: '≤ 20 rows' } },
  },
] as const satisfies readonly MeasureDefinition[];

/** Measured once per run, in this order (the report's order). */
export const RUN_MEASURES = [
  ...BOARD_MEASURES,
  ...VIEW_MEASURES,
  ...EXCHANGE_MEASURES,
  ...DATA_MEASURES,
] as const;

export type RunMeasureKey = (typeof RUN_MEASURES)[number]['key'];

/** The measures a run at this size takes: all of them up to LARGE_BOARD, then fewer. */
export function measuresAt(size: number): readonly (typeof RUN_MEASURES)[number][] {
  return RUN_MEASURES.filter((measure) =>
    'onlyAt' in measure
      ? (measure.onlyAt as readonly number[]).includes(size)
      : size <= LARGE_BOARD || 'everySize' in measure,
  );
}
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
