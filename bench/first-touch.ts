/**
 * What the machine charges for memory touched for the first time, in microseconds a page.
 *
 * The virtual machine of the fifteenth session charged 12–16 µs a page, where Linux on bare
 * metal takes well under 1 µs (zeroing 4 KB and mapping it), while plain computing ran at its
 * usual speed. Chromium touches fresh memory all the time (each tab's renderer, each heap that
 * grows), and on that machine every figure of the app's, the plain-Dexie yardsticks with them,
 * came out two to three times slower than in the official runs (docs/performance-notes.md,
 * fifteenth session). The machines of those runs were not probed: this figure, kept with each
 * run from now on, says which kind of machine made it.
 */
const PAGE_BYTES = 4096;
/** 64 MB: long enough to time on a fast machine, short enough (~0.2 s) on a slow one. */
const PROBE_BYTES = 64 * 1024 * 1024;
const PROBES = 3;

/** One probe: fresh memory from the system, one byte written into each page. */
function probeOnce(): number {
  // allocUnsafeSlow: not from Node's pool and not filled, so every page is faulted in here.
  const buffer = Buffer.allocUnsafeSlow(PROBE_BYTES);
  const started = process.hrtime.bigint();
  for (let offset = 0; offset < PROBE_BYTES; offset += PAGE_BYTES) buffer[offset] = 1;
  const elapsedUs = Number(process.hrtime.bigint() - started) / 1000;
  return elapsedUs / (PROBE_BYTES / PAGE_BYTES);
}

/** The median of a few probes, in µs a page, to two decimals. */
export function firstTouchUsPerPage(): number {
  const probes = Array.from({ length: PROBES }, probeOnce).sort((a, b) => a - b);
  return Math.round((probes[Math.floor(PROBES / 2)] ?? 0) * 100) / 100;
}

/** Above this, the machine is of the slow kind (12–16 µs a page when first found). */
export const SLOW_FIRST_TOUCH_US = 2;
