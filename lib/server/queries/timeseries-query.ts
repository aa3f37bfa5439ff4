import { z } from "zod";
import { HOUR_MS } from "@/lib/router/budget/utc-hour";
import { nanoToUsd } from "@/lib/router/cost/money";
import type { MetricsWindow } from "@/lib/schemas/common";
import type { TimeseriesResponse } from "@/lib/schemas/metrics";
import { histogramQuantile, type BucketCount } from "@/lib/server/metrics/latency-buckets";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { windowSpan } from "./metrics-window";

// GET /v1/metrics/timeseries: the spend and distribution charts' series, one point per hour or day
// (empty ones included), grouped in SQL over the hourly rollups and histograms.

const DAY_MS = 24 * HOUR_MS;
const pointRowSchema = z.object({
  start: z.number(),
  requests: z.number(),
  errors: z.number(),
  cost_nano: z.number(),
  counterfactual_cost_nano: z.number(),
});
const histogramRowSchema = z.object({ start: z.number(), bucket: z.number(), count: z.number() });

export async function readTimeseries(input: {
  executor: SqlExecutor;
  window: MetricsWindow;
  bucket: "hour" | "day" | undefined;
  hourlyBudgetUsd: number;
  now: number;
}): Promise<TimeseriesResponse> {
  const span = windowSpan(input.window, input.now);
  const bucket = input.bucket ?? (span.hours > 48 ? "day" : "hour");
  const size = bucket === "day" ? DAY_MS : HOUR_MS;
  // Hourly points group by the stored hour itself, so the histogram sums walk the (hour, bucket, count)
  // index in order instead of sorting a month of rows (tens of thousands) by an expression.
  const start = bucket === "day" ? sql`hour_start_ms - (hour_start_ms % ${size})` : sql`hour_start_ms`;
  const [pointRows, histogramRows] = await Promise.all([
    input.executor.query(sql`SELECT ${start} AS start, SUM(requests) AS requests, SUM(errors) AS errors,
        SUM(cost_nano) AS cost_nano, SUM(counterfactual_cost_nano) AS counterfactual_cost_nano
      FROM request_rollups WHERE hour_start_ms >= ${span.fromMs} GROUP BY 1`),
    input.executor.query(sql`SELECT ${start} AS start, bucket, SUM(count) AS count
      FROM latency_buckets WHERE hour_start_ms >= ${span.fromMs} GROUP BY 1, 2`),
  ]);
  const totals = new Map(pointRows.map((raw) => pointRowSchema.parse(raw)).map((row) => [row.start, row]));
  const histograms = new Map<number, BucketCount[]>();
  for (const raw of histogramRows) {
    const row = histogramRowSchema.parse(raw);
    const histogram = histograms.get(row.start);
    if (histogram) histogram.push({ bucket: row.bucket, count: row.count });
    else histograms.set(row.start, [{ bucket: row.bucket, count: row.count }]);
  }
  const points: TimeseriesResponse["points"] = [];
  for (let pointStart = span.fromMs - (span.fromMs % size); pointStart <= span.toMs; pointStart += size) {
    const row = totals.get(pointStart);
    const histogram = histograms.get(pointStart) ?? [];
    const coveredMs = Math.min(pointStart + size, span.fromMs + span.hours * HOUR_MS) - Math.max(pointStart, span.fromMs);
    points.push({
      start: new Date(pointStart).toISOString(),
      requests: row?.requests ?? 0,
      errors: row?.errors ?? 0,
      cost: nanoToUsd(row?.cost_nano ?? 0),
      counterfactual_cost: nanoToUsd(row?.counterfactual_cost_nano ?? 0),
      budget: input.hourlyBudgetUsd * (coveredMs / HOUR_MS),
      p50_latency_ms: histogramQuantile(histogram, 0.5),
      p95_latency_ms: histogramQuantile(histogram, 0.95),
    });
  }
  return { window: span.window, bucket, points };
}
