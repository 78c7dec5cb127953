export interface Summary {
  median: number;
  min: number;
  max: number;
}

/** Median and spread of a measure's runs (the mean of the two middle runs when even). */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1) };
}

export const median = (samples: readonly number[]): number => summarise(samples).median;
