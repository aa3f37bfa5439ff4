import { z } from "zod";
import { nanoToUsd } from "@/lib/router/cost/money";
import type { MetricsWindow } from "@/lib/schemas/common";
import type { MetricsResponse } from "@/lib/schemas/metrics";
import { histogramQuantile } from "@/lib/server/metrics/latency-buckets";
import type { SqlRegistry } from "@/lib/server/registry/sql-registry";
import { NO_MODEL } from "@/lib/server/requests/rollup-statements";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { sql } from "@/lib/server/sql/sql-statement";
import { windowSpan } from "./metrics-window";

// GET /v1/metrics: aggregated in SQL over the hourly rollups and latency histograms (a few rows per
// model come back, never request rows), so it stays fast with millions of stored requests.
// success_rate counts requests that called a model (successes ÷ (successes + errors));
// cost_savings_percent compares the actual cost with what the same tokens would have cost on the
// highest-quality enabled model at the time of each request.

const rollupRowSchema = z.object({
  model_id: z.string(),
  provider: z.string(),
  requests: z.number(),
  successes: z.number(),
  errors: z.number(),
  simulated: z.number(),
  cost_nano: z.number(),
  counterfactual_cost_nano: z.number(),
  latency_ms_sum: z.number(),
  latency_count: z.number(),
});
const bucketRowSchema = z.object({ bucket: z.number(), count: z.number() });

export async function readMetrics(input: { executor: SqlExecutor; registry: SqlRegistry; window: MetricsWindow; now: number }): Promise<MetricsResponse> {
  const span = windowSpan(input.window, input.now);
  const [rollupRows, bucketRows] = await Promise.all([
    input.executor.query(sql`SELECT model_id, provider, SUM(requests) AS requests, SUM(successes) AS successes, SUM(errors) AS errors,
        SUM(simulated) AS simulated, SUM(cost_nano) AS cost_nano, SUM(counterfactual_cost_nano) AS counterfactual_cost_nano,
        SUM(latency_ms_sum) AS latency_ms_sum, SUM(latency_count) AS latency_count
      FROM request_rollups WHERE hour_start_ms >= ${span.fromMs} GROUP BY model_id, provider ORDER BY model_id, provider`),
    input.executor.query(sql`SELECT bucket, SUM(count) AS count FROM latency_buckets WHERE hour_start_ms >= ${span.fromMs} GROUP BY bucket`),
  ]);
  const rows = rollupRows.map((row) => rollupRowSchema.parse(row));
  const buckets = bucketRows.map((row) => bucketRowSchema.parse(row));
  const sum = (field: keyof Omit<z.infer<typeof rollupRowSchema>, "model_id" | "provider">) => rows.reduce((total, row) => total + row[field], 0);
  const successes = sum("successes");
  const executed = successes + sum("errors");
  const latencyCount = sum("latency_count");
  const costNano = sum("cost_nano");
  const counterfactualNano = sum("counterfactual_cost_nano");
  const modelDistribution: Record<string, number> = {};
  const costNanoByModel = new Map<string, number>();
  const byProvider = new Map<string, { requests: number; costNano: number }>();
  for (const row of rows) {
    if (row.model_id === NO_MODEL) continue;
    modelDistribution[row.model_id] = (modelDistribution[row.model_id] ?? 0) + row.requests;
    costNanoByModel.set(row.model_id, (costNanoByModel.get(row.model_id) ?? 0) + row.cost_nano);
    const provider = byProvider.get(row.provider) ?? { requests: 0, costNano: 0 };
    byProvider.set(row.provider, { requests: provider.requests + row.requests, costNano: provider.costNano + row.cost_nano });
  }
  const costByModel = Object.fromEntries([...costNanoByModel].map(([model, nano]) => [model, nanoToUsd(nano)]));
  const providerDistribution = Object.fromEntries(
    [...byProvider].map(([provider, totals]) => [provider, { requests: totals.requests, cost: nanoToUsd(totals.costNano) }]),
  );
  return {
    window: span.window,
    from: new Date(span.fromMs).toISOString(),
    to: new Date(span.toMs).toISOString(),
    total_requests: sum("requests"),
    successful_requests: successes,
    success_rate: executed > 0 ? successes / executed : null,
    total_cost: nanoToUsd(costNano),
    avg_latency_ms: latencyCount > 0 ? sum("latency_ms_sum") / latencyCount : null,
    p50_latency_ms: histogramQuantile(buckets, 0.5),
    p95_latency_ms: histogramQuantile(buckets, 0.95),
    model_distribution: modelDistribution,
    cost_by_model: costByModel,
    provider_distribution: providerDistribution,
    counterfactual_model: input.registry.bestQualityModel()?.id ?? null,
    counterfactual_cost: nanoToUsd(counterfactualNano),
    cost_savings_percent: counterfactualNano > 0 ? ((counterfactualNano - costNano) / counterfactualNano) * 100 : null,
    simulated_requests: sum("simulated"),
  };
}
