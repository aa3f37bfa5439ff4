import { heatmapLevel, HEATMAP_METRIC_LABELS, layoutHeatmap, metricDomain, metricValue, type HeatmapMetric } from "@/lib/client/heatmap";
import { formatComplexity, formatTaskType } from "@/lib/client/format";
import type { PerformanceRow } from "@/lib/schemas/performance";
import { TABLE_CLASS, TH_CLASS, THEAD_CLASS } from "@/components/ui/styles";
import { formatMetric } from "./heatmap-cell-value";

// Darker is better for every metric (for latency and cost that means lower); for request counts, more.
const LEVEL_CLASSES = [
  "bg-indigo-50 text-slate-700 dark:bg-indigo-950/40 dark:text-slate-300",
  "bg-indigo-100 text-slate-800 dark:bg-indigo-900/50 dark:text-slate-200",
  "bg-indigo-200 text-slate-900 dark:bg-indigo-800/70 dark:text-slate-100",
  "bg-indigo-400 text-white dark:bg-indigo-600",
  "bg-indigo-600 text-white dark:bg-indigo-500",
];

/** Complexity × task type against model, one metric at a time; each cell also states its value. */
export function PerformanceHeatmap({ rows, metric }: { rows: readonly PerformanceRow[]; metric: HeatmapMetric }) {
  const { models, groups } = layoutHeatmap(rows);
  const domain = metricDomain(rows, metric) ?? [0, 0];
  return (
    <div>
      <div className="relative overflow-x-auto">
        <table aria-label={`Heatmap of ${HEATMAP_METRIC_LABELS[metric].toLowerCase()}`} className={`${TABLE_CLASS} border-separate border-spacing-1`}>
          <thead className={THEAD_CLASS}>
            <tr>
              <th scope="col" className={`${TH_CLASS} bg-white dark:bg-slate-900`}>Complexity · task</th>
              {models.map((model) => (
                <th key={model} scope="col" className={`${TH_CLASS} bg-white text-center normal-case tracking-normal dark:bg-slate-900`}>
                  {model}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={`${group.complexity}/${group.taskType}`}>
                <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left text-xs font-medium">
                  {formatComplexity(group.complexity)} · {formatTaskType(group.taskType)}
                </th>
                {models.map((model) => {
                  const row = group.cells.get(model);
                  const value = row ? metricValue(row, metric) : null;
                  const level = heatmapLevel(value, domain, metric);
                  return (
                    <td
                      key={model}
                      title={row ? `${row.requests} requests, ${row.ratings} ratings, ${row.decisions} decisions` : "no data"}
                      className={`min-w-20 rounded px-2 py-1.5 text-center text-xs tabular-nums ${level === null ? "text-slate-400 dark:text-slate-600" : LEVEL_CLASSES[level]}`}
                    >
                      {row ? formatMetric(metric, value) : "·"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex items-center gap-2 text-xs text-slate-500" aria-hidden>
        <span>{metric === "requests" ? "fewer" : "worse"}</span>
        {LEVEL_CLASSES.map((classes) => (
          <span key={classes} className={`h-3 w-6 rounded-sm ${classes}`} />
        ))}
        <span>{metric === "requests" ? "more" : "better"}</span>
        <span className="ml-2">· = no data</span>
      </div>
    </div>
  );
}
