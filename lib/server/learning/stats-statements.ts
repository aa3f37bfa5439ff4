import { REBASE_AFTER_HALF_LIVES } from "@/lib/router/learning/adaptive-stats-store";
import { joinSql, rawSql, sql, type SqlStatement } from "@/lib/server/sql/sql-statement";
import type { WeightedIncrement } from "@/lib/router/learning/stats-row";
import { asStored } from "./weighted-increment";

// Adaptive statistics as atomic increments: one multi-row upsert, never read-modify-write. A new
// row is anchored at its increment's time (weight 1). An existing row adds each decayed sum times
// 2^((at − anchor)/halfLife); once that weight would pass 2^REBASE_AFTER_HALF_LIVES the row is
// rebased in the same statement (old sums × 2^((anchor − at)/halfLife), anchor = at). The SET
// expressions read the row's values from before the update on both providers.

const rawColumn = rawSql;
const COUNTERS = ["decisions", "explorations", "requests", "successes", "latency_ms_sum", "cost_nano_sum", "ratings", "quality_sum"] as const;
const DECAYED = ["decayed_requests", "decayed_successes", "decayed_ratings", "decayed_quality_sum"] as const;

function decayedSet(column: string, halfLifeMs: number): SqlStatement {
  const rebaseSpan = REBASE_AFTER_HALF_LIVES * halfLifeMs;
  const rebase = sql`excluded.anchor_ms - s.anchor_ms > ${rebaseSpan}`;
  const ageOfRow = sql`CAST(s.anchor_ms - excluded.anchor_ms AS DOUBLE PRECISION) / ${halfLifeMs}`;
  const ageOfUpdate = sql`CAST(excluded.anchor_ms - s.anchor_ms AS DOUBLE PRECISION) / ${halfLifeMs}`;
  return sql`${rawColumn(column)} = CASE WHEN ${rebase}
    THEN s.${rawColumn(column)} * power(2, ${ageOfRow}) + excluded.${rawColumn(column)}
    ELSE s.${rawColumn(column)} + excluded.${rawColumn(column)} * power(2, ${ageOfUpdate}) END`;
}

function valuesRow(weighted: WeightedIncrement, now: number): SqlStatement {
  const increment = asStored(weighted);
  const { cell, decayed } = increment;
  return sql`(${cell.complexity}, ${cell.taskType}, ${cell.modelId}, ${increment.decisions}, ${increment.explorations},
    ${increment.requests}, ${increment.successes}, ${increment.latencyMs}, ${increment.costNano},
    ${increment.ratings}, ${increment.quality}, ${increment.at}, ${decayed.requests}, ${decayed.successes}, ${decayed.ratings},
    ${decayed.quality}, ${now})`;
}

export function incrementStatement(increments: readonly WeightedIncrement[], options: { halfLifeMs: number; now: number }): SqlStatement {
  const counterSets = COUNTERS.map((column) => rawColumn(`${column} = s.${column} + excluded.${column}`));
  const rebaseSpan = REBASE_AFTER_HALF_LIVES * options.halfLifeMs;
  return sql`INSERT INTO adaptive_stats AS s (complexity, task_type, model_id, decisions, explorations, requests, successes,
      latency_ms_sum, cost_nano_sum, ratings, quality_sum, anchor_ms, decayed_requests, decayed_successes, decayed_ratings,
      decayed_quality_sum, updated_at_ms)
    VALUES ${joinSql(increments.map((increment) => valuesRow(increment, options.now)), ", ")}
    ON CONFLICT (complexity, task_type, model_id) DO UPDATE SET
      ${joinSql(counterSets, ", ")},
      ${joinSql(DECAYED.map((column) => decayedSet(column, options.halfLifeMs)), ", ")},
      anchor_ms = CASE WHEN excluded.anchor_ms - s.anchor_ms > ${rebaseSpan} THEN excluded.anchor_ms ELSE s.anchor_ms END,
      updated_at_ms = excluded.updated_at_ms`;
}

export const selectAllStatsStatement: SqlStatement = sql`SELECT complexity, task_type, model_id, decisions, explorations, requests,
  successes, latency_ms_sum, cost_nano_sum, ratings, quality_sum, anchor_ms, decayed_requests, decayed_successes,
  decayed_ratings, decayed_quality_sum FROM adaptive_stats`;

/**
 * A new half-life: every row's decayed sums are first brought to `now` with the old half-life and
 * re-anchored there, so evidence decays with the old half-life up to the change and the new one after.
 */
export function rebaseAllStatement(options: { oldHalfLifeMs: number; now: number }): SqlStatement {
  const factor = sql`power(2, CAST(anchor_ms - ${options.now} AS DOUBLE PRECISION) / ${options.oldHalfLifeMs})`;
  return sql`UPDATE adaptive_stats SET ${joinSql(DECAYED.map((column) => sql`${rawColumn(column)} = ${rawColumn(column)} * ${factor}`), ", ")},
    anchor_ms = ${options.now}, updated_at_ms = ${options.now}`;
}
