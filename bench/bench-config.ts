/*
 * What `npm run bench` runs, in one place: the Playwright config, the benchmark and the report
 * all read it, so the report can only state what was run. Environment variables narrow a run
 * down (BENCH_SIZES, BENCH_RUNS) or move it (BENCH_PORT); the defaults are the official run.
 */

/** Board sizes (recommendations) of the official run. */
export const DEFAULT_SIZES: readonly number[] = [500, 2000, 10_000, 50_000];

/**
 * Runs per size: this machine's speed drifts from minute to minute, so 7 runs keep a median
 * steady; a 10,000-card run takes about a minute, so 3 there.
 */
export const DEFAULT_RUNS = 7;
export const LARGE_BOARD = 10_000;
export const LARGE_BOARD_RUNS = 3;
/**
 * Boards over LARGE_BOARD take only the measures marked `everySize` (load, search, table,
 * dashboard: measure-definitions.ts), in 2 runs. On 30 November one run took 64-68 s at 2,000
 * cards, 110-114 s at 10,000 and 164 s at 50,000; at 500 (where the PNG export and the two
 * report reads are taken) 254-283 s while the report was typed into its text box, about 70 s
 * since it is opened as a file. So the official run takes about 35 minutes, build included.
 */
export const EXTRA_LARGE_RUNS = 2;

export const DEFAULT_PORT = 4190;

/** The generated board (bench/generate-board.ts builds it from these, and checks them). */
export const BOARD_SHAPE = {
  columns: 8,
  workshops: 50,
  /** Each card gets a whole number of items, evenly drawn from this range (2.5 on average). */
  actionItemsPerCard: { min: 0, max: 5 },
  progressNotesPerCard: { min: 0, max: 3 },
} as const;

/** What one benchmark run used: recorded in bench/results/latest.json and stated by the report. */
export interface BenchConfig {
  sizes: number[];
  /** Runs per size, in the order of `sizes`. */
  runs: number[];
  port: number;
  /** True when BENCH_SIZES or BENCH_RUNS changed the official run. */
  narrowed: boolean;
}

function positiveIntegers(name: string, raw: string): number[] {
  const parsed = raw.split(',').map((part) => Number(part.trim()));
  if (parsed.some((value) => !Number.isInteger(value) || value <= 0)) {
    throw new Error(`${name} must list positive integers, got "${raw}"`);
  }
  return parsed;
}

export function defaultRunsFor(size: number): number {
  if (size > LARGE_BOARD) return EXTRA_LARGE_RUNS;
  return size >= LARGE_BOARD ? LARGE_BOARD_RUNS : DEFAULT_RUNS;
}

/** The configuration the environment asks for (BENCH_SIZES=500,2000 BENCH_RUNS=3 BENCH_PORT=…). */
export function benchConfig(env: Record<string, string | undefined> = process.env): BenchConfig {
  const sizes = env.BENCH_SIZES
    ? positiveIntegers('BENCH_SIZES', env.BENCH_SIZES)
    : [...DEFAULT_SIZES];
  const [runsOverride] = env.BENCH_RUNS ? positiveIntegers('BENCH_RUNS', env.BENCH_RUNS) : [];
  const port = env.BENCH_PORT ? positiveIntegers('BENCH_PORT', env.BENCH_PORT)[0] : undefined;
  return {
    sizes,
    runs: sizes.map((size) => runsOverride ?? defaultRunsFor(size)),
    port: port ?? DEFAULT_PORT,
    narrowed: Boolean(env.BENCH_SIZES || env.BENCH_RUNS),
  };
}
