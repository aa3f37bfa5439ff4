import { utcHourStart } from "@/lib/router/budget/utc-hour";
import { latencyBucket } from "@/lib/server/metrics/latency-buckets";
import { sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import type { RequestRecord } from "./request-record";

// The rollups a request adds to as it is written: one row per UTC hour × model × provider (counts,
// cost, counterfactual cost, latency, tokens) and one latency-histogram bucket per hour × model.
// Metrics, budget charts and the console aggregate these in SQL; request rows are never loaded for it.

/** Requests that never reached a model (refused, no eligible model) are counted under model "". */
export const NO_MODEL = "";

/** What a rollup needs to know about a request. */
export type RollupFacts = Pick<
  RequestRecord,
  | "createdAtMs" | "modelId" | "provider" | "status" | "actualCostNano" | "counterfactualCostNano" | "latencyMs" | "explored"
  | "simulated" | "fallbackUsed" | "usage"
>;

function hasMeasuredLatency(record: RollupFacts): boolean {
  return record.latencyMs !== null && (record.status === "success" || record.status === "error");
}

export function rollupStatement(record: RollupFacts): SqlStatement {
  const hour = utcHourStart(record.createdAtMs);
  const cost = record.actualCostNano ?? 0;
  // A request that did not succeed counts as neither saving nor losing against the counterfactual.
  const counterfactual = record.status === "success" ? (record.counterfactualCostNano ?? cost) : cost;
  const measured = hasMeasuredLatency(record);
  const flag = (condition: boolean) => (condition ? 1 : 0);
  return sql`INSERT INTO request_rollups AS r (hour_start_ms, model_id, provider, requests, successes, errors, routed_only, refused,
      explored, simulated, fallbacks, cost_nano, counterfactual_cost_nano, latency_ms_sum, latency_count, input_tokens,
      cached_input_tokens, output_tokens)
    VALUES (${hour}, ${record.modelId ?? NO_MODEL}, ${record.provider ?? NO_MODEL}, 1, ${flag(record.status === "success")},
      ${flag(record.status === "error")}, ${flag(record.status === "routed")}, ${flag(record.status === "rejected")},
      ${flag(record.explored)}, ${flag(record.simulated)}, ${flag(record.fallbackUsed)}, ${cost}, ${counterfactual},
      ${measured ? Math.round(record.latencyMs!) : 0}, ${flag(measured)}, ${record.usage?.inputTokens ?? 0},
      ${record.usage?.cachedInputTokens ?? 0}, ${record.usage?.outputTokens ?? 0})
    ON CONFLICT (hour_start_ms, model_id, provider) DO UPDATE SET
      requests = r.requests + excluded.requests, successes = r.successes + excluded.successes, errors = r.errors + excluded.errors,
      routed_only = r.routed_only + excluded.routed_only, refused = r.refused + excluded.refused,
      explored = r.explored + excluded.explored, simulated = r.simulated + excluded.simulated,
      fallbacks = r.fallbacks + excluded.fallbacks, cost_nano = r.cost_nano + excluded.cost_nano,
      counterfactual_cost_nano = r.counterfactual_cost_nano + excluded.counterfactual_cost_nano,
      latency_ms_sum = r.latency_ms_sum + excluded.latency_ms_sum, latency_count = r.latency_count + excluded.latency_count,
      input_tokens = r.input_tokens + excluded.input_tokens, cached_input_tokens = r.cached_input_tokens + excluded.cached_input_tokens,
      output_tokens = r.output_tokens + excluded.output_tokens`;
}

export function latencyBucketStatement(record: RollupFacts): SqlStatement | null {
  if (!hasMeasuredLatency(record)) return null;
  return sql`INSERT INTO latency_buckets AS b (hour_start_ms, model_id, bucket, count)
    VALUES (${utcHourStart(record.createdAtMs)}, ${record.modelId ?? NO_MODEL}, ${latencyBucket(record.latencyMs!)}, 1)
    ON CONFLICT (hour_start_ms, model_id, bucket) DO UPDATE SET count = b.count + 1`;
}
