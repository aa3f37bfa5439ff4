import { utcHourStart } from "@/lib/router/budget/utc-hour";
import { latencyBucket } from "@/lib/server/metrics/latency-buckets";
import { joinSql, rawSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import type { RequestRecord } from "./request-record";

// The rollups a request adds to as it is written: one row per UTC hour × model × provider (counts,
// cost, counterfactual cost, latency, tokens) and one latency-histogram bucket per hour × model.
// Metrics, budget charts and the console aggregate these in SQL; request rows are never loaded for it.
// What one request adds is computed once here (rollupRowOf, latencyBucketRowOf); the upserts take
// many rows, so rows summed over many requests (the scale benchmark's seed) go through the same
// statements as the app's writes.

/** Requests that never reached a model (refused, no eligible model) are counted under model "". */
export const NO_MODEL = "";

/** What a rollup needs to know about a request. */
export type RollupFacts = Pick<
  RequestRecord,
  | "createdAtMs" | "modelId" | "provider" | "status" | "actualCostNano" | "counterfactualCostNano" | "latencyMs" | "explored"
  | "simulated" | "fallbackUsed" | "usage"
>;

export const ROLLUP_COUNTERS = [
  "requests", "successes", "errors", "routed_only", "refused", "explored", "simulated", "fallbacks", "cost_nano",
  "counterfactual_cost_nano", "latency_ms_sum", "latency_count", "input_tokens", "cached_input_tokens", "output_tokens",
] as const;
export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];

/** One request_rollups row's key and the amounts it adds. */
export interface RollupRow {
  hourStartMs: number;
  modelId: string;
  provider: string;
  counts: Record<RollupCounter, number>;
}

export interface LatencyBucketRow {
  hourStartMs: number;
  modelId: string;
  bucket: number;
  count: number;
}

function hasMeasuredLatency(record: RollupFacts): boolean {
  return record.latencyMs !== null && (record.status === "success" || record.status === "error");
}

export function rollupRowOf(record: RollupFacts): RollupRow {
  const cost = record.actualCostNano ?? 0;
  // A request that did not succeed counts as neither saving nor losing against the counterfactual.
  const counterfactual = record.status === "success" ? (record.counterfactualCostNano ?? cost) : cost;
  const measured = hasMeasuredLatency(record);
  const flag = (condition: boolean) => (condition ? 1 : 0);
  return {
    hourStartMs: utcHourStart(record.createdAtMs),
    modelId: record.modelId ?? NO_MODEL,
    provider: record.provider ?? NO_MODEL,
    counts: {
      requests: 1,
      successes: flag(record.status === "success"),
      errors: flag(record.status === "error"),
      routed_only: flag(record.status === "routed"),
      refused: flag(record.status === "rejected"),
      explored: flag(record.explored),
      simulated: flag(record.simulated),
      fallbacks: flag(record.fallbackUsed),
      cost_nano: cost,
      counterfactual_cost_nano: counterfactual,
      latency_ms_sum: measured ? Math.round(record.latencyMs!) : 0,
      latency_count: flag(measured),
      input_tokens: record.usage?.inputTokens ?? 0,
      cached_input_tokens: record.usage?.cachedInputTokens ?? 0,
      output_tokens: record.usage?.outputTokens ?? 0,
    },
  };
}

const rollupColumns = rawSql(ROLLUP_COUNTERS.join(", "));
const rollupAdds = rawSql(ROLLUP_COUNTERS.map((column) => `${column} = r.${column} + excluded.${column}`).join(", "));

/** Adds each row to its hour × model × provider (rows must have distinct keys). */
export function rollupUpsertStatement(rows: readonly RollupRow[]): SqlStatement {
  const values = rows.map((row) => sql`(${row.hourStartMs}, ${row.modelId}, ${row.provider}, ${joinSql(ROLLUP_COUNTERS.map((column) => sql`${row.counts[column]}`), ", ")})`);
  return sql`INSERT INTO request_rollups AS r (hour_start_ms, model_id, provider, ${rollupColumns})
    VALUES ${joinSql(values, ", ")}
    ON CONFLICT (hour_start_ms, model_id, provider) DO UPDATE SET ${rollupAdds}`;
}

export function rollupStatement(record: RollupFacts): SqlStatement {
  return rollupUpsertStatement([rollupRowOf(record)]);
}

export function latencyBucketRowOf(record: RollupFacts): LatencyBucketRow | null {
  if (!hasMeasuredLatency(record)) return null;
  return { hourStartMs: utcHourStart(record.createdAtMs), modelId: record.modelId ?? NO_MODEL, bucket: latencyBucket(record.latencyMs!), count: 1 };
}

/** Adds each row's count to its histogram bucket (rows must have distinct keys). */
export function latencyBucketUpsertStatement(rows: readonly LatencyBucketRow[]): SqlStatement {
  const values = rows.map((row) => sql`(${row.hourStartMs}, ${row.modelId}, ${row.bucket}, ${row.count})`);
  return sql`INSERT INTO latency_buckets AS b (hour_start_ms, model_id, bucket, count)
    VALUES ${joinSql(values, ", ")}
    ON CONFLICT (hour_start_ms, model_id, bucket) DO UPDATE SET count = b.count + excluded.count`;
}

export function latencyBucketStatement(record: RollupFacts): SqlStatement | null {
  const row = latencyBucketRowOf(record);
  return row ? latencyBucketUpsertStatement([row]) : null;
}
