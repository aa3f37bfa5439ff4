"use client";

// recharts' tooltip content, styled like the rest of the console (light and dark).

export interface TooltipRow {
  name?: string | number;
  value?: unknown;
  color?: string;
  dataKey?: unknown;
}

export function ChartTooltip({
  active,
  payload,
  label,
  formatLabel,
  formatValue,
}: {
  active?: boolean;
  payload?: readonly TooltipRow[];
  label?: unknown;
  formatLabel: (label: string) => string;
  formatValue: (value: number, name: string) => string;
}) {
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-lg dark:border-slate-700 dark:bg-slate-900">
      <p className="mb-1 font-medium text-slate-900 dark:text-slate-100">{formatLabel(String(label ?? ""))}</p>
      {payload.map((row) => (
        <p key={String(row.dataKey ?? row.name)} className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
          <span aria-hidden className="h-2 w-2 rounded-full" style={{ background: row.color }} />
          <span>{String(row.name ?? "")}</span>
          <span className="ml-auto pl-3 font-medium tabular-nums text-slate-900 dark:text-slate-100">
            {typeof row.value === "number" ? formatValue(row.value, String(row.name ?? "")) : "—"}
          </span>
        </p>
      ))}
    </div>
  );
}
