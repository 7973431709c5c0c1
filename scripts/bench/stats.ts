/** Order statistics for the benchmark's tables. */

/**
 * The value below which `share` of the values fall (nearest rank).
 * @example percentile([1, 2, 3, 4], 0.5) // 2
 */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

/**
 * The run whose time is the median (the lower of the two middle ones for an even count), whole, so
 * that its other figures (memory, Pagefind's time) come from the same run.
 * @example medianRun([{ seconds: 9 }, { seconds: 7 }, { seconds: 8 }]) // { seconds: 8 }
 */
export function medianRun<Run extends { seconds: number }>(runs: readonly Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.ceil(sorted.length / 2) - 1];
  if (median === undefined) throw new Error('medianRun: no runs');
  return median;
}
