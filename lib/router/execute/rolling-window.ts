/**
 * Request and failure counts over the last `windowMs`, in a fixed number of time buckets: memory
 * stays constant however many requests a model serves, at the price of bucket-sized resolution.
 */
export class RollingWindow {
  private readonly bucketMs: number;
  private readonly starts: Float64Array;
  private readonly totals: Uint32Array;
  private readonly failures: Uint32Array;

  constructor(windowMs: number, private readonly bucketCount = 10) {
    this.bucketMs = Math.max(1, Math.ceil(windowMs / bucketCount));
    this.starts = new Float64Array(bucketCount).fill(-1);
    this.totals = new Uint32Array(bucketCount);
    this.failures = new Uint32Array(bucketCount);
  }

  record(now: number, failed: boolean): void {
    const bucketStart = Math.floor(now / this.bucketMs);
    const index = bucketStart % this.bucketCount;
    if (this.starts[index] !== bucketStart) {
      this.starts[index] = bucketStart;
      this.totals[index] = 0;
      this.failures[index] = 0;
    }
    this.totals[index] = (this.totals[index] ?? 0) + 1;
    if (failed) this.failures[index] = (this.failures[index] ?? 0) + 1;
  }

  counts(now: number): { total: number; failures: number } {
    const oldest = Math.floor(now / this.bucketMs) - this.bucketCount;
    let total = 0;
    let failures = 0;
    for (let index = 0; index < this.bucketCount; index++) {
      if ((this.starts[index] ?? -1) > oldest) {
        total += this.totals[index] ?? 0;
        failures += this.failures[index] ?? 0;
      }
    }
    return { total, failures };
  }

  clear(): void {
    this.starts.fill(-1);
  }
}
