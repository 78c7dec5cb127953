import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  BOARD_SHAPE,
  DEFAULT_PORT,
  DEFAULT_RUNS,
  DEFAULT_SIZES,
  EXTRA_LARGE_RUNS,
  LARGE_BOARD,
  LARGE_BOARD_RUNS,
} from './bench-config';
import type { BenchResults, SizeResult } from './bench-results';
import { SLOW_FIRST_TOUCH_US } from './first-touch';
import type { Machine } from './machine';
import {
  BUILD_MEASURES,
  type Budget,
  type MeasureDefinition,
  measuresAt,
  RUN_MEASURES,
} from './measure-definitions';

/*
 * Writes bench/results/latest.json and regenerates docs/performance.md from it (a narrowed
 * run: bench/results/narrowed.json and narrowed.md instead, see reportPaths). Every row of
 * every table comes from the measure definitions: nothing here is written by hand per measure.
 */

const formatNumber = (value: number, decimals: number) =>
  value.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

/** A value as a number, or "< floor" when it is below what the browser can report at all. */
function valueText(value: number, measure: MeasureDefinition, decimals = measure.decimals): string {
  if (measure.floor !== undefined && value < measure.floor) {
    return `< ${formatNumber(measure.floor, measure.decimals)}`;
  }
  return formatNumber(value, decimals);
}

function withUnit(value: number, measure: MeasureDefinition, decimals = measure.decimals): string {
  const text = valueText(value, measure, decimals);
  return `${text} ${measure.unit === 'rows' && text === '1' ? 'row' : measure.unit}`;
}

/**
 * A median beside its budget: with more decimals when rounding would print a missed budget's
 * own limit (400.3 ms shown as "400 ms ❌" reads as a contradiction).
 */
function medianText(value: number, measure: MeasureDefinition, budget?: Budget): string {
  let decimals = measure.decimals;
  while (budget && value > budget.max && Number(value.toFixed(decimals)) <= budget.max) {
    decimals += 1;
  }
  return withUnit(value, measure, decimals);
}

function budgetText(budget: Budget, measure: MeasureDefinition): string {
  return budget.text ?? `≤ ${withUnit(budget.max, measure)}`;
}

const status = (value: number, budget: Budget) => (value <= budget.max ? '✅ met' : '❌ missed');

const budgetFor = (measure: MeasureDefinition, size: number): Budget | undefined =>
  measure.budgets[size];

interface BudgetRow {
  scope: string;
  measure: MeasureDefinition;
  budget: Budget;
  median: number;
}

/** A measure's figures at one size: every measure of measuresAt(size) has them. */
function summaryOf(result: SizeResult, measure: MeasureDefinition) {
  const summary = result.summary[measure.key as keyof SizeResult['summary']];
  if (!summary) throw new Error(`no ${measure.key} at ${result.size} cards`);
  return summary;
}

function sizeTable(result: SizeResult): string[] {
  const rows = measuresAt(result.size).map((measure) => {
    const { median, min, max } = summaryOf(result, measure);
    const budget = budgetFor(measure, result.size);
    return `| ${measure.label} | ${medianText(median, measure, budget)} | ${valueText(min, measure)} – ${valueText(max, measure)} | ${budget ? budgetText(budget, measure) : '—'} | ${budget ? status(median, budget) : '—'} |`;
  });
  const { counts } = result;
  return [
    `### ${formatNumber(result.size, 0)} recommendations`,
    '',
    `${result.runs} run(s); ${formatNumber(counts.actionItems, 0)} action items, ${formatNumber(counts.progressNotes, 0)} progress notes, ${counts.workshops} workshops, ${counts.columns} columns.`,
    '',
    '| Measure | Median | Spread (min – max) | Budget | Status |',
    '| --- | ---: | ---: | --- | --- |',
    ...rows,
    '',
  ];
}

function budgetRows(results: BenchResults): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const measure of BUILD_MEASURES) {
    for (const budget of Object.values<Budget>(measure.budgets)) {
      rows.push({ scope: 'build', measure, budget, median: results.build[measure.key] });
    }
  }
  for (const result of results.sizes) {
    for (const measure of measuresAt(result.size)) {
      const budget = budgetFor(measure, result.size);
      if (!budget) continue;
      const { median } = summaryOf(result, measure);
      rows.push({ scope: `${formatNumber(result.size, 0)} recs`, measure, budget, median });
    }
  }
  return rows;
}

function legend(): string[] {
  const measures: readonly MeasureDefinition[] = [...RUN_MEASURES, ...BUILD_MEASURES];
  return measures.map((measure) => `- **${measure.label}**: ${measure.meaning}`);
}

const list = (numbers: readonly number[]) => {
  const words = numbers.map((n) => formatNumber(n, 0));
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
};

/** What was run and how to run it, from bench/bench-config.ts and the results themselves. */
function introduction({ config }: BenchResults): string[] {
  const { actionItemsPerCard: items, progressNotesPerCard: notes } = BOARD_SHAPE;
  const mean = (range: { min: number; max: number }) =>
    formatNumber((range.min + range.max) / 2, 1);
  const runs = config.sizes.map(
    (size, index) => `${config.runs[index]} at ${formatNumber(size, 0)}`,
  );
  return [
    'Run `npm run bench` (after `npm install`; nothing else to set up). It builds the app with',
    'the benchmark harness page (`vite build --mode bench`, into `dist-bench/`), serves it as a',
    'static host does (bench/serve-build.mjs: files gzipped once, not per request), and drives',
    `Chromium with Playwright over deterministic generated boards of ${list(DEFAULT_SIZES)}`,
    `recommendations (bench/generate-board.ts: ${BOARD_SHAPE.columns} columns, ${BOARD_SHAPE.workshops} workshops, texts from the sample`,
    `board, ${items.min}–${items.max} action items and ${notes.min}–${notes.max} progress notes per card, ${mean(items)} and ${mean(notes)} on average). The sizes, runs`,
    `and port are set in bench/bench-config.ts: by default ${DEFAULT_RUNS} runs per size, ${LARGE_BOARD_RUNS} at`,
    `${formatNumber(LARGE_BOARD, 0)}, ${EXTRA_LARGE_RUNS} above it, where a run takes only the load, search, table and dashboard`,
    `measures; \`BENCH_SIZES=500,2000\` and \`BENCH_RUNS=3\` narrow a run down, whose report goes to`,
    '`bench/results/narrowed.md` (not kept in git), leaving `docs/performance.md` as it is. It serves on',
    `port ${DEFAULT_PORT} (\`BENCH_PORT\` to change) and never reuses a running server, so the figures always`,
    'come from a build of the working tree. `npm test` runs one 500-card pass',
    '(e2e/bench-smoke.spec.ts) only to keep this harness working; it judges no figure.',
    '',
    `This report: ${runs.join(', ')} run(s), port ${config.port}${config.narrowed ? ', narrowed down by BENCH_SIZES or BENCH_RUNS (not the official run)' : ''}.`,
  ];
}

/** The machine's price of fresh memory (bench/first-touch.ts), when the run probed it. */
function firstTouchLine(machine: Machine): string[] {
  const probed = machine.firstTouchUs;
  if (probed === undefined) return [];
  const slow = Math.max(probed.start, probed.end) > SLOW_FIRST_TOUCH_US;
  return [
    `- Memory touched for the first time, µs a page, when the bench started and ended: ${formatNumber(probed.start, 2)} and ${formatNumber(probed.end, 2)}${slow ? ` (**over ${SLOW_FIRST_TOUCH_US}: a machine of the slow kind, on which every figure came out two to three times slower; see bench/first-touch.ts**)` : ''}`,
  ];
}

export function renderMarkdown(results: BenchResults): string {
  const { machine } = results;
  const budgets = budgetRows(results);
  const missed = budgets.filter((row) => row.median > row.budget.max).length;
  return [
    '# Performance',
    '',
    '<!-- Generated by `npm run bench` (bench/report.ts). Do not edit by hand: re-run the command. -->',
    '',
    ...introduction(results),
    '',
    'Each run uses a fresh browser context with the service worker blocked (its install would',
    'compete with the load): the harness page fills IndexedDB, a new page (tab A) loads the board',
    'and is measured (mouse drag from "To triage" to "In progress", keyboard move one column',
    'right and its undo with Ctrl+Z, card editor), then a second page of the same context (tab',
    'B) loads the whole board and watches a second mouse move made in tab A; both tabs count the',
    'IndexedDB rows that move reads. Tab A then measures the views: grouping, the language switch,',
    'a search typed key by key, the table view (open, scroll, sort) and the dashboard (open, a',
    'filter changed). Then the harness page times the data paths. Times come from',
    'the page’s own clock (event timestamps and the User Timing marks of src/lib/perf-marks.ts),',
    'not from Playwright round trips. Figures are medians over the runs; the spread is min – max;',
    `budgets are judged on the median. Raw runs: \`bench/results/${results.config.narrowed ? 'narrowed' : 'latest'}.json\`.`,
    '',
    '## Machine',
    '',
    `- Date: ${results.date}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGb} GB`,
    `- OS: ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless)`,
    `- Load average (1 min) when the bench started and ended: ${formatNumber(machine.loadAverage.start, 2)} and ${formatNumber(machine.loadAverage.end, 2)} (the bench itself adds to it; other work on the machine slows every figure)`,
    ...firstTouchLine(machine),
    '',
    '## Budgets',
    '',
    missed === 0 ? 'Every budget is met.' : `${missed} of ${budgets.length} budgets missed.`,
    '',
    '| Measure | Scope | Budget | Median | Status |',
    '| --- | --- | --- | ---: | --- |',
    ...budgets.map(
      (row) =>
        `| ${row.measure.label} | ${row.scope} | ${budgetText(row.budget, row.measure)} | ${medianText(row.median, row.measure, row.budget)} | ${status(row.median, row.budget)} |`,
    ),
    '',
    '## Build',
    '',
    '| Measure | Value | Budget | Status |',
    '| --- | ---: | --- | --- |',
    ...BUILD_MEASURES.map((measure) => {
      const value = results.build[measure.key];
      const budget = Object.values<Budget>(measure.budgets)[0];
      return `| ${measure.label} | ${medianText(value, measure, budget)} | ${budget ? budgetText(budget, measure) : '—'} | ${budget ? status(value, budget) : '—'} |`;
    }),
    '',
    `Files: ${results.build.initialJsFiles.map((file) => `\`${file.file}\` ${formatNumber(file.gzipBytes / 1000, 1)} kB`).join(', ')}.`,
    '',
    '## Results by board size',
    '',
    ...results.sizes.flatMap(sizeTable),
    '## What each measure means',
    '',
    ...legend(),
    '',
  ].join('\n');
}

/** Where a run's report goes: the official record, or beside it for a narrowed run. */
export function reportPaths(results: BenchResults, root: string) {
  const folder = join(root, 'bench', 'results');
  // A narrowed run (fewer sizes or runs) never overwrites the official figures: it judged a
  // part of the budgets, often on a machine of another day, and was too easily committed.
  return results.config.narrowed
    ? { json: join(folder, 'narrowed.json'), markdown: join(folder, 'narrowed.md') }
    : { json: join(folder, 'latest.json'), markdown: join(root, 'docs', 'performance.md') };
}

/** Writes the JSON and the Markdown (reportPaths); `root` is the repository root. */
export function writeReport(results: BenchResults, root: string): string[] {
  const { json, markdown } = reportPaths(results, root);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdown, renderMarkdown(results));
  if (!results.config.narrowed) {
    // Biome lays out the tables (padding, alignment), so `biome check .` passes on the output.
    execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', markdown], {
      cwd: root,
      stdio: 'ignore',
    });
  }
  return [json, markdown].map((path) => relative(root, path));
}
