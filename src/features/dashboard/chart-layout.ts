import { niceMax } from './chart-scale';

/** The drawing area of a chart, in SVG user units: axis labels sit in the margins. */
export const CHART = { width: 720, height: 240, left: 48, right: 8, top: 12, bottom: 36 };

export interface BarSegment {
  /** Which series (column) the segment draws. */
  series: number;
  y: number;
  height: number;
}

export interface Bar {
  x: number;
  width: number;
  segments: BarSegment[];
}

/**
 * Stacked bars, one per period, the series stacked bottom up in order; zero values draw no
 * segment. `top` is the axis's top value, so gridlines and bars use the same scale.
 */
export function stackedBars(values: readonly (readonly number[])[]): { bars: Bar[]; top: number } {
  const top = niceMax(Math.max(0, ...values.map((row) => row.reduce((sum, v) => sum + v, 0))));
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const slot = values.length === 0 ? plotWidth : plotWidth / values.length;
  const gap = Math.min(4, slot * 0.2);
  const bars = values.map((row, index) => {
    let base = CHART.height - CHART.bottom;
    const segments: BarSegment[] = [];
    for (const [series, value] of row.entries()) {
      if (value <= 0) continue;
      const height = (value / top) * plotHeight;
      base -= height;
      segments.push({ series, y: base, height });
    }
    return { x: CHART.left + index * slot + gap / 2, width: slot - gap, segments };
  });
  return { bars, top };
}

/** The y of a value on the axis that ends at `top`. */
export function yOf(value: number, top: number): number {
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  return CHART.height - CHART.bottom - (value / top) * plotHeight;
}

/** Which of `count` labels along the x axis to write so that at most `room` fit. */
export function labelEvery(count: number, room = 12): number {
  return Math.max(1, Math.ceil(count / room));
}

/** The year and quarter (1 to 4) of a quarter's first date (YYYY-MM-DD). */
export function quarterOf(start: string): { year: number; quarter: number } {
  return {
    year: Number(start.slice(0, 4)),
    quarter: Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1,
  };
}
