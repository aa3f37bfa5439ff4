import { COMPLEXITIES, TASK_TYPES, type Complexity, type TaskType } from "@/lib/router/types";
import type { PerformanceRow } from "@/lib/schemas/performance";

// The performance heatmap: one row per (complexity, task type) seen, one column per model, each
// cell one metric of that model in that group. Colour levels are relative to the other cells of
// the same metric, and always point the same way: the darkest cell is the best one.

export const HEATMAP_METRICS = ["quality", "success_rate", "latency", "cost", "requests"] as const;
export type HeatmapMetric = (typeof HEATMAP_METRICS)[number];

export const HEATMAP_METRIC_LABELS: Record<HeatmapMetric, string> = {
  quality: "Quality",
  success_rate: "Success rate",
  latency: "Latency",
  cost: "Cost per request",
  requests: "Requests",
};

/** Whether a larger value is better; for request counts "more" is shown darker (volume, not merit). */
const HIGHER_IS_BETTER: Record<HeatmapMetric, boolean> = {
  quality: true,
  success_rate: true,
  latency: false,
  cost: false,
  requests: true,
};

export function metricValue(row: PerformanceRow, metric: HeatmapMetric): number | null {
  switch (metric) {
    case "quality":
      return row.decayed_quality ?? row.avg_quality;
    case "success_rate":
      return row.success_rate;
    case "latency":
      return row.avg_latency_ms;
    case "cost":
      return row.requests > 0 ? row.total_cost / row.requests : null;
    case "requests":
      return row.requests;
  }
}

export interface HeatmapGroup {
  complexity: Complexity;
  taskType: TaskType;
  /** Model id → the row for that model in this group. */
  cells: ReadonlyMap<string, PerformanceRow>;
}

export interface HeatmapLayout {
  models: string[];
  groups: HeatmapGroup[];
}

/** Groups in complexity then task-type order (the vocabulary's order), models alphabetically. */
export function layoutHeatmap(rows: readonly PerformanceRow[]): HeatmapLayout {
  const models = [...new Set(rows.map((row) => row.model))].sort();
  const groups = new Map<string, HeatmapGroup & { cells: Map<string, PerformanceRow> }>();
  for (const row of rows) {
    const key = `${row.complexity}/${row.task_type}`;
    let group = groups.get(key);
    if (!group) {
      group = { complexity: row.complexity, taskType: row.task_type, cells: new Map() };
      groups.set(key, group);
    }
    group.cells.set(row.model, row);
  }
  const order = (group: HeatmapGroup) => COMPLEXITIES.indexOf(group.complexity) * TASK_TYPES.length + TASK_TYPES.indexOf(group.taskType);
  return { models, groups: [...groups.values()].sort((left, right) => order(left) - order(right)) };
}

export const HEATMAP_LEVELS = 5;

/**
 * Colour level of one value, 0 (worst) to HEATMAP_LEVELS − 1 (best), relative to `domain`
 * (the smallest and largest value of the metric); null when there is no value.
 */
export function heatmapLevel(value: number | null, domain: readonly [number, number], metric: HeatmapMetric): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const [min, max] = domain;
  if (max <= min) return HEATMAP_LEVELS - 1;
  const position = (value - min) / (max - min);
  const goodness = HIGHER_IS_BETTER[metric] ? position : 1 - position;
  return Math.min(HEATMAP_LEVELS - 1, Math.max(0, Math.floor(goodness * HEATMAP_LEVELS)));
}

/** Smallest and largest value of the metric over the rows that have one; undefined when none do. */
export function metricDomain(rows: readonly PerformanceRow[], metric: HeatmapMetric): [number, number] | undefined {
  const values = rows.map((row) => metricValue(row, metric)).filter((value): value is number => value !== null && Number.isFinite(value));
  if (values.length === 0) return undefined;
  return [Math.min(...values), Math.max(...values)];
}
