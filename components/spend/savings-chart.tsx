"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/charts/chart-tooltip";
import { AXIS_TICK, CHART_COLORS } from "@/components/charts/chart-theme";
import { formatBucket, formatDateTime, formatPercent, formatUsd } from "@/lib/client/format";
import type { SpendPoint } from "@/lib/client/spend-series";

/**
 * Running totals over the window: what was spent against what the same requests would have cost on
 * the best model, with the savings so far (percent) on the right axis.
 */
export function SavingsChart({ series, bucket }: { series: readonly SpendPoint[]; bucket: "hour" | "day" }) {
  return (
    <div className="h-64 text-slate-500 dark:text-slate-400" role="img" aria-label="Spend against the always-best-model counterfactual, and cumulative savings">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
        <ComposedChart data={[...series]} margin={{ top: 8, right: 0, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="start" tickFormatter={(value: string) => formatBucket(value, bucket)} tick={AXIS_TICK} minTickGap={24} tickLine={false} axisLine={false} />
          <YAxis yAxisId="usd" tickFormatter={(value: number) => formatUsd(value)} tick={AXIS_TICK} width={64} tickLine={false} axisLine={false} />
          <YAxis yAxisId="percent" orientation="right" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} tick={AXIS_TICK} width={40} tickLine={false} axisLine={false} />
          <Tooltip
            content={({ active, payload, label }) => (
              <ChartTooltip
                active={active}
                payload={payload}
                label={label}
                formatLabel={formatDateTime}
                formatValue={(value, name) => (name === "Saved so far" ? formatPercent(value, 1) : formatUsd(value))}
              />
            )}
          />
          <Legend verticalAlign="top" height={28} iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          <Area yAxisId="usd" dataKey="cumulativeCounterfactualCost" name="On the best model" type="stepAfter" stroke={CHART_COLORS.counterfactual} fill={CHART_COLORS.counterfactual} fillOpacity={0.15} isAnimationActive={false} />
          <Area yAxisId="usd" dataKey="cumulativeCost" name="Actual spend" type="stepAfter" stroke={CHART_COLORS.spend} fill={CHART_COLORS.spend} fillOpacity={0.3} isAnimationActive={false} />
          <Line yAxisId="percent" dataKey="cumulativeSavingsPercent" name="Saved so far" type="monotone" stroke={CHART_COLORS.savings} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
