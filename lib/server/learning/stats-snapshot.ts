import { z } from "zod";
import {
  type AdaptiveStatsRow,
  type AdaptiveStatsSnapshot,
  decayWeight,
  REBASE_AFTER_HALF_LIVES,
  type StatsCell,
} from "@/lib/router/learning/adaptive-stats-store";
import { COMPLEXITIES, TASK_TYPES } from "@/lib/router/types";
import { cellKey, type WeightedIncrement } from "./weighted-increment";

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
    for (const row of rows) this.table.set(cellKey(row), row);
  }

  row(cell: StatsCell): AdaptiveStatsRow | undefined {
    return this.table.get(cellKey(cell));
  }

  rows(): Iterable<AdaptiveStatsRow> {
    return this.table.values();
  }

  apply(increment: WeightedIncrement): void {
    const key = cellKey(increment.cell);
    const row = this.table.get(key) ?? emptyRow(increment.cell, increment.at);
    this.table.set(key, row);
    const weight = { at: increment.at, anchorMs: row.anchorMs, halfLifeMs: this.halfLifeMs };
    if ((increment.at - row.anchorMs) / this.halfLifeMs > REBASE_AFTER_HALF_LIVES) {
      const factor = decayWeight({ at: row.anchorMs, anchorMs: increment.at, halfLifeMs: this.halfLifeMs });
      row.decayedRequests *= factor;
      row.decayedSuccesses *= factor;
      row.decayedRatings *= factor;
      row.decayedQualitySum *= factor;
      row.anchorMs = increment.at;
      weight.anchorMs = increment.at;
    }
    const scale = decayWeight(weight);
    row.decisions += increment.decisions;
    row.explorations += increment.explorations;
    row.requests += increment.requests;
    row.successes += increment.successes;
    row.latencyMsSum += Math.round(increment.latencyMs);
    row.costNanoSum += Math.round(increment.costNano);
    row.ratings += increment.ratings;
    row.qualitySum += increment.quality;
    row.decayedRequests += increment.decayed.requests * scale;
    row.decayedSuccesses += increment.decayed.successes * scale;
    row.decayedRatings += increment.decayed.ratings * scale;
    row.decayedQualitySum += increment.decayed.quality * scale;
  }
}

function emptyRow(cell: StatsCell, anchorMs: number): AdaptiveStatsRow {
  return {
    ...cell,
    decisions: 0,
    explorations: 0,
    requests: 0,
    successes: 0,
    latencyMsSum: 0,
    costNanoSum: 0,
    ratings: 0,
    qualitySum: 0,
    anchorMs,
    decayedRequests: 0,
    decayedSuccesses: 0,
    decayedRatings: 0,
    decayedQualitySum: 0,
  };
}
