import { Fragment } from "react";
import { formatComplexity, formatCount, formatMs, formatScore, formatShare, formatTaskType, formatUsd } from "@/lib/client/format";
import { layoutHeatmap } from "@/lib/client/heatmap";
import type { PerformanceRow } from "@/lib/schemas/performance";
import { TABLE_CLASS, TBODY_CLASS, TD_CLASS, THEAD_CLASS, TH_CLASS } from "@/components/ui/styles";

const NUMBER = `${TD_CLASS} whitespace-nowrap text-right tabular-nums`;
const HEADERS = ["Requests", "Success", "Ratings", "Quality", "Decayed quality", "Avg latency", "Total cost", "Explored"];

/** The adaptive report: per complexity and task type (one group of rows each), what each model has done. */
export function ReportTable({ rows }: { rows: readonly PerformanceRow[] }) {
  const groups = layoutHeatmap(rows).groups;
  return (
    <div className="relative max-h-[36rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table aria-label="Performance report" className={TABLE_CLASS}>
        <thead className={`${THEAD_CLASS} sticky top-0 z-10`}>
          <tr>
            <th scope="col" className={TH_CLASS}>Complexity · task</th>
            <th scope="col" className={TH_CLASS}>Model</th>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className={`${TH_CLASS} text-right`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={TBODY_CLASS}>
          {groups.map((group) => {
            const models = [...group.cells.values()].sort((left, right) => right.requests - left.requests || left.model.localeCompare(right.model));
            return (
              <Fragment key={`${group.complexity}/${group.taskType}`}>
                {models.map((row, index) => (
                  <tr key={row.model}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={models.length} className={`${TD_CLASS} whitespace-nowrap border-r border-slate-100 bg-slate-50/60 text-left font-medium dark:border-slate-800 dark:bg-slate-900/60`}>
                        {formatComplexity(group.complexity)} · {formatTaskType(group.taskType)}
                      </th>
                    ) : null}
                    <th scope="row" className={`${TD_CLASS} whitespace-nowrap text-left font-medium`}>{row.model}</th>
                    <td className={NUMBER}>{formatCount(row.requests)}</td>
                    <td className={NUMBER}>{formatShare(row.success_rate)}</td>
                    <td className={NUMBER}>{formatCount(row.ratings)}</td>
                    <td className={NUMBER}>{formatScore(row.avg_quality)}</td>
                    <td className={NUMBER}>{formatScore(row.decayed_quality)}</td>
                    <td className={NUMBER}>{formatMs(row.avg_latency_ms)}</td>
                    <td className={NUMBER}>{formatUsd(row.total_cost)}</td>
                    <td className={NUMBER}>
                      {formatCount(row.explorations)}/{formatCount(row.decisions)}
                      <span className="ml-1 text-xs text-slate-500">({formatShare(row.exploration_share)})</span>
                    </td>
                  </tr>
                ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
