import { HEATMAP_METRIC_LABELS, HEATMAP_METRICS, type HeatmapMetric } from "@/lib/client/heatmap";

/** Which metric the heatmap shows: a segmented radio group (arrow keys move between options). */
export function MetricPicker({ value, onChange }: { value: HeatmapMetric; onChange: (metric: HeatmapMetric) => void }) {
  return (
    <fieldset>
      <legend className="sr-only">Heatmap metric</legend>
      <div className="inline-flex flex-wrap rounded-lg bg-slate-100 p-0.5 dark:bg-slate-800">
        {HEATMAP_METRICS.map((metric) => (
          <label key={metric} className="cursor-pointer">
            <input type="radio" name="heatmap-metric" value={metric} checked={value === metric} onChange={() => onChange(metric)} className="peer sr-only" />
            <span className="block rounded-md px-2.5 py-1 text-xs font-medium text-slate-600 peer-checked:bg-white peer-checked:text-slate-900 peer-checked:shadow-sm peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-500 dark:text-slate-400 dark:peer-checked:bg-slate-950 dark:peer-checked:text-slate-100">
              {HEATMAP_METRIC_LABELS[metric]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
