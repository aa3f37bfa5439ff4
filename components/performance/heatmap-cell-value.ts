import { formatCount, formatMs, formatScore, formatShare, formatUsd } from "@/lib/client/format";
import type { HeatmapMetric } from "@/lib/client/heatmap";

/** A heatmap value as text, in the unit of its metric. */
export function formatMetric(metric: HeatmapMetric, value: number | null): string {
  switch (metric) {
    case "quality":
      return formatScore(value);
    case "success_rate":
      return formatShare(value);
    case "latency":
      return formatMs(value);
    case "cost":
      return formatUsd(value);
    case "requests":
      return formatCount(value);
  }
}
