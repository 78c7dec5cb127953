import type { BenchConfig } from './bench-config';
import type { BoardCounts } from './harness/bench-api';
import type { InitialJs } from './initial-js';
import type { Machine } from './machine';
import { type BuildMeasureKey, measuresAt, type RunMeasureKey } from './measure-definitions';
import type { RunOutcome } from './run-board';
import { type Summary, summarise } from './stats';

/** Everything one `npm run bench` measured: bench/results/latest.json. */
export interface BenchResults {
  date: string;
  /** The sizes, runs and port this run used (bench/bench-config.ts). */
  config: BenchConfig;
  machine: Machine;
  sizes: SizeResult[];
  build: Record<BuildMeasureKey, number> & { initialJsFiles: InitialJs['files'] };
}

export interface SizeResult {
  size: number;
  runs: number;
  counts: BoardCounts;
  /** Every run's value, in run order, for each measure of measuresAt(size). */
  samples: Partial<Record<RunMeasureKey, number[]>>;
  /** Per run: the IndexedDB transactions of the counted move in tab A and tab B, with rows read. */
  moveReads: RunOutcome['moveReads'][];
  summary: Partial<Record<RunMeasureKey, Summary>>;
}

export function summariseSize(size: number, runs: readonly RunOutcome[]): SizeResult {
  const first = runs[0];
  if (!first) throw new Error(`no runs at size ${size}`);
  const samples: Partial<Record<RunMeasureKey, number[]>> = {};
  const summary: Partial<Record<RunMeasureKey, Summary>> = {};
  for (const { key } of measuresAt(size)) {
    const values = runs.map((run) => run.values[key]);
    if (values.some((value) => value === undefined)) {
      throw new Error(`${key} is missing from a run at ${size} cards`);
    }
    const measured = values.filter((value) => value !== undefined);
    samples[key] = measured;
    summary[key] = summarise(measured);
  }
  const moveReads = runs.map((run) => run.moveReads);
  return { size, runs: runs.length, counts: first.counts, samples, moveReads, summary };
}
