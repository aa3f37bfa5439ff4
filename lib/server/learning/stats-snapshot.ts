import { z } from "zod";
import type { AdaptiveStatsRow, AdaptiveStatsSnapshot, StatsCell } from "@/lib/router/learning/adaptive-stats-store";
import { addToStatsRow, emptyStatsRow, statsCellKey, type WeightedIncrement } from "@/lib/router/learning/stats-row";
import { COMPLEXITIES, TASK_TYPES } from "@/lib/router/types";
import { asStored } from "./weighted-increment";

// The in-process copy of adaptive_stats that decisions read synchronously. It is replaced by a
// fresh load every few seconds (other instances' writes) and updated at once with this process's
// own committed increments, using the same arithmetic as the SQL upsert.

export const statsRowSchema = z
  .object({
    complexity: z.enum(COMPLEXITIES),
    task_type: z.enum(TASK_TYPES),
    model_id: z.string(),
    decisions: z.number(),
    explorations: z.number(),
    requests: z.number(),
    successes: z.number(),
    latency_ms_sum: z.number(),
    cost_nano_sum: z.number(),
    ratings: z.number(),
    quality_sum: z.number(),
    anchor_ms: z.number(),
    decayed_requests: z.number(),
    decayed_successes: z.number(),
    decayed_ratings: z.number(),
    decayed_quality_sum: z.number(),
  })
  .transform(
    (row): AdaptiveStatsRow => ({
      complexity: row.complexity,
      taskType: row.task_type,
      modelId: row.model_id,
      decisions: row.decisions,
      explorations: row.explorations,
      requests: row.requests,
      successes: row.successes,
      latencyMsSum: row.latency_ms_sum,
      costNanoSum: row.cost_nano_sum,
      ratings: row.ratings,
      qualitySum: row.quality_sum,
      anchorMs: row.anchor_ms,
      decayedRequests: row.decayed_requests,
      decayedSuccesses: row.decayed_successes,
      decayedRatings: row.decayed_ratings,
      decayedQualitySum: row.decayed_quality_sum,
    }),
  );

export class StatsSnapshot implements AdaptiveStatsSnapshot {
  private readonly table = new Map<string, AdaptiveStatsRow>();

  constructor(
    readonly halfLifeMs: number,
    rows: Iterable<AdaptiveStatsRow> = [],
  ) {
    for (const row of rows) this.table.set(statsCellKey(row), row);
  }

  row(cell: StatsCell): AdaptiveStatsRow | undefined {
    return this.table.get(statsCellKey(cell));
  }

  rows(): Iterable<AdaptiveStatsRow> {
    return this.table.values();
  }

  apply(increment: WeightedIncrement): void {
    const key = statsCellKey(increment.cell);
    const row = this.table.get(key) ?? emptyStatsRow(increment.cell, increment.at);
    this.table.set(key, row);
    addToStatsRow({ row, increment: asStored(increment), halfLifeMs: this.halfLifeMs });
  }
}
