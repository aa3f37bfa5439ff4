// The fixed log-spaced latency buckets and the percentile read from them, and the CSV cell rule.
import { describe, expect, it } from "vitest";
import { bucketBounds, histogramQuantile, LAST_BUCKET, latencyBucket } from "@/lib/server/metrics/latency-buckets";
import { csvCell } from "@/lib/server/queries/request-csv";

describe("latency buckets", () => {
  it("puts each latency in the bucket whose bounds hold it, 8 per doubling", () => {
    for (const latency of [0, 0.5, 1, 1.05, 7, 100, 999.9, 1_000, 60_000]) {
      const { lower, upper } = bucketBounds(latencyBucket(latency));
      expect(latency).toBeGreaterThanOrEqual(lower);
      expect(latency).toBeLessThan(upper);
    }
    expect(bucketBounds(latencyBucket(100)).upper / bucketBounds(latencyBucket(100)).lower).toBeCloseTo(2 ** (1 / 8), 12);
    expect(latencyBucket(10 ** 12)).toBe(LAST_BUCKET);
  });

  it("reads percentiles within one bucket of the exact value", () => {
    const latencies = Array.from({ length: 1_000 }, (_, index) => 10 + index * 3.7);
    const counts = new Map<number, number>();
    for (const latency of latencies) counts.set(latencyBucket(latency), (counts.get(latencyBucket(latency)) ?? 0) + 1);
    const histogram = [...counts].map(([bucket, count]) => ({ bucket, count }));
    for (const quantile of [0.5, 0.95, 0.99]) {
      const exact = latencies[Math.ceil(quantile * latencies.length) - 1]!;
      const estimate = histogramQuantile(histogram, quantile)!;
      expect(Math.abs(estimate - exact) / exact).toBeLessThan(2 ** (1 / 8) - 1);
    }
    expect(histogramQuantile([], 0.5)).toBeNull();
  });
});

describe("CSV cells", () => {
  it("quotes separators and defuses spreadsheet formulas", () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });
});
