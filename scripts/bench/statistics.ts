// Summaries the benchmark scripts share: the median of several runs (the figure they quote, as
// this machine is noisy) and nearest-rank percentiles of samples.

/** The middle value (the upper one of an even count); NaN when there are no values. */
export function median(values: readonly number[]): number {
  return [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? Number.NaN;
}

/** Nearest-rank percentile: with 30 samples, p95 is the second slowest, so one outlier shows. */
export function percentile(values: readonly number[], quantile: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))] ?? 0;
}
