import type { Complexity, TaskType } from "../types";
import type { AdaptiveStatsSnapshot } from "./adaptive-stats-store";
import { readStats } from "./read-stats";

// The sketch's performance report, from the adaptive statistics: per (complexity, task type) and
// model, requests, success rate, mean latency, mean quality (plain and decayed) and total cost,
// plus how many decisions explored, per group and overall.

export interface ModelPerformance {
  modelId: string;
  decisions: number;
  requests: number;
  successRate: number;
  meanLatencyMs: number | null;
  meanQuality: number | null;
  decayedMeanQuality: number | null;
  ratings: number;
  totalCostUsd: number;
  explorations: number;
}

export interface PerformanceGroup {
  /** "simple_qa", as the sketch keyed it. */
  key: string;
  complexity: Complexity;
  taskType: TaskType;
  decisions: number;
  explorations: number;
  explorationShare: number;
  models: ModelPerformance[];
}

export interface PerformanceReport {
  generatedAt: number;
  groups: PerformanceGroup[];
  decisions: number;
  explorations: number;
  explorationShare: number;
}

export function buildPerformanceReport(snapshot: AdaptiveStatsSnapshot, now: number): PerformanceReport {
  const groups = new Map<string, PerformanceGroup>();
  for (const row of snapshot.rows()) {
    const key = `${row.complexity}_${row.taskType}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, complexity: row.complexity, taskType: row.taskType, decisions: 0, explorations: 0, explorationShare: 0, models: [] };
      groups.set(key, group);
    }
    const stats = readStats(row, { now, halfLifeMs: snapshot.halfLifeMs });
    group.decisions += stats.decisions;
    group.explorations += stats.explorations;
    group.models.push({
      modelId: row.modelId,
      decisions: stats.decisions,
      requests: stats.requests,
      successRate: stats.successRate,
      meanLatencyMs: stats.meanLatencyMs,
      meanQuality: stats.meanQuality,
      decayedMeanQuality: stats.decayedMeanQuality,
      ratings: stats.ratings,
      totalCostUsd: stats.totalCostUsd,
      explorations: stats.explorations,
    });
  }
  const sorted = [...groups.values()].sort((left, right) => left.key.localeCompare(right.key));
  for (const group of sorted) {
    group.explorationShare = share(group.explorations, group.decisions);
    group.models.sort((left, right) => right.requests - left.requests || left.modelId.localeCompare(right.modelId));
  }
  const decisions = sorted.reduce((sum, group) => sum + group.decisions, 0);
  const explorations = sorted.reduce((sum, group) => sum + group.explorations, 0);
  return { generatedAt: now, groups: sorted, decisions, explorations, explorationShare: share(explorations, decisions) };
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
