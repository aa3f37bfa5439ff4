import { formatCount, formatShare, formatUsd } from "@/lib/client/format";
import type { DistributionEntry, DistributionMeasure } from "@/lib/client/spend-series";

/** Horizontal share bars, one per model or provider, each with its figure written out. */
export function DistributionList({ entries, measure, label }: { entries: readonly DistributionEntry[]; measure: DistributionMeasure; label: string }) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">No requests in this window.</p>;
  return (
    <ul aria-label={label} className="space-y-2.5">
      {entries.map((entry) => (
        <li key={entry.name}>
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="truncate font-medium">{entry.name}</span>
            <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400">
              {measure === "cost" ? formatUsd(entry.value) : `${formatCount(entry.value)} req`} · {formatShare(entry.share)}
            </span>
          </div>
          <div aria-hidden className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800">
            <div className={`h-full rounded-full ${measure === "cost" ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${Math.max(entry.share * 100, entry.value > 0 ? 1 : 0)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
