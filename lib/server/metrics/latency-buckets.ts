// Fixed log-spaced latency buckets for the per-hour histograms: eight buckets per doubling, so a
// bucket's upper bound is 2^(1/8) ≈ 1.09 times its lower bound and a percentile read from the
// histogram is within about 9% of the exact one. Bucket 0 holds [0, 1) ms; bucket i ≥ 1 holds
// [2^((i−1)/8), 2^(i/8)) ms; the last bucket also holds everything slower (2^24 ms ≈ 4.7 hours).

const BUCKETS_PER_DOUBLING = 8;
export const LAST_BUCKET = BUCKETS_PER_DOUBLING * 24 + 1;

export function latencyBucket(latencyMs: number): number {
  if (!(latencyMs >= 1)) return 0;
  return Math.min(LAST_BUCKET, Math.floor(BUCKETS_PER_DOUBLING * Math.log2(latencyMs)) + 1);
}

export function bucketBounds(bucket: number): { lower: number; upper: number } {
  if (bucket <= 0) return { lower: 0, upper: 1 };
  return { lower: 2 ** ((bucket - 1) / BUCKETS_PER_DOUBLING), upper: 2 ** (bucket / BUCKETS_PER_DOUBLING) };
}

export interface BucketCount {
  bucket: number;
  count: number;
}

/**
 * The q-quantile (0 < q ≤ 1) of a histogram, interpolated geometrically inside the bucket that
 * holds it (linearly in bucket 0); null for an empty histogram.
 */
export function histogramQuantile(counts: readonly BucketCount[], quantile: number): number | null {
  const sorted = [...counts].filter((entry) => entry.count > 0).sort((left, right) => left.bucket - right.bucket);
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const rank = quantile * total;
  let below = 0;
  for (const entry of sorted) {
    if (below + entry.count >= rank) {
      const fraction = Math.min(1, Math.max(0, (rank - below) / entry.count));
      const { lower, upper } = bucketBounds(entry.bucket);
      if (fraction >= 1) return upper;
      return entry.bucket === 0 ? lower + (upper - lower) * fraction : lower * (upper / lower) ** fraction;
    }
    below += entry.count;
  }
  return bucketBounds(sorted.at(-1)!.bucket).upper;
}
