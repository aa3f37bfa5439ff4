import { buildPerformanceReport } from "@/lib/router/learning/performance-report";
import type { PerformanceResponse } from "@/lib/schemas/performance";
import type { SqlAdaptiveStatsStore } from "@/lib/server/learning/sql-stats-store";

// GET /v1/performance: the adaptive report (the sketch's performance report) from the statistics,
// reloaded from the database first so it includes every instance's requests and ratings.

export async function readPerformance(input: { stats: SqlAdaptiveStatsStore; now: number }): Promise<PerformanceResponse> {
  await input.stats.refresh();
  const report = buildPerformanceReport(input.stats.snapshot(), input.now);
  let ratings = 0;
  const rows: PerformanceResponse["rows"] = [];
  for (const group of report.groups) {
    for (const model of group.models) {
      ratings += model.ratings;
      rows.push({
        complexity: group.complexity,
        task_type: group.taskType,
        model: model.modelId,
        decisions: model.decisions,
        explorations: model.explorations,
        exploration_share: model.decisions > 0 ? model.explorations / model.decisions : null,
        requests: model.requests,
        success_rate: model.requests > 0 ? model.successRate : null,
        avg_latency_ms: model.meanLatencyMs,
        ratings: model.ratings,
        avg_quality: model.meanQuality,
        decayed_quality: model.decayedMeanQuality,
        total_cost: model.totalCostUsd,
      });
    }
  }
  return {
    rows,
    exploration_share: report.decisions > 0 ? report.explorationShare : null,
    total_decisions: report.decisions,
    total_ratings: ratings,
  };
}
