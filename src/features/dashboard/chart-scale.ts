/**
 * The top of a chart's axis: the smallest 1, 2 or 5 times a power of ten at or above the
 * largest value, so gridlines fall on round numbers. At least 1, so an empty chart has an axis.
 */
export function niceMax(max: number): number {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Gridline values from 0 to `top`, `count` steps apart (whole numbers only: cards count). */
export function ticks(top: number, count = 4): number[] {
  const step = Math.max(1, Math.ceil(top / count));
  const values: number[] = [];
  for (let value = 0; value <= top; value += step) values.push(value);
  return values;
}

/** How dark a heat-map cell is, 0 (none) to 4, from its count and the largest count. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
