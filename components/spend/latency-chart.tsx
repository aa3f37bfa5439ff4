"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/charts/chart-tooltip";
import { AXIS_TICK, CHART_COLORS } from "@/components/charts/chart-theme";
import { formatBucket, formatDateTime, formatMs, formatMsShort } from "@/lib/client/format";
import type { SpendPoint } from "@/lib/client/spend-series";

/** p50 and p95 latency per bucket; gaps where a bucket had no requests. */
export function LatencyChart({ series, bucket }: { series: readonly SpendPoint[]; bucket: "hour" | "day" }) {
  return (
    <div className="h-56 text-slate-500 dark:text-slate-400" role="img" aria-label="Latency percentiles over time">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 224 }}>
        <LineChart data={[...series]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="start" tickFormatter={(value: string) => formatBucket(value, bucket)} tick={AXIS_TICK} minTickGap={24} tickLine={false} axisLine={false} />
          <YAxis tickFormatter={formatMsShort} tick={AXIS_TICK} width={64} tickLine={false} axisLine={false} />
          <Tooltip
            content={({ active, payload, label }) => (
              <ChartTooltip active={active} payload={payload} label={label} formatLabel={formatDateTime} formatValue={(value) => formatMs(value)} />
            )}
          />
          <Legend verticalAlign="top" height={28} iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="p50LatencyMs" name="p50" stroke={CHART_COLORS.p50} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          <Line dataKey="p95LatencyMs" name="p95" stroke={CHART_COLORS.p95} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
