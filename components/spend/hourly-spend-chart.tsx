"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip } from "@/components/charts/chart-tooltip";
import { AXIS_TICK, CHART_COLORS } from "@/components/charts/chart-theme";
import { formatBucket, formatDateTime, formatUsd } from "@/lib/client/format";
import { spendScale, type SpendPoint } from "@/lib/client/spend-series";

/** Spend per hour as bars (red when over that hour's budget) with the budget as a line. */
export function HourlySpendChart({ series }: { series: readonly SpendPoint[] }) {
  const scale = spendScale(series);
  return (
    <div>
      {scale.budgetOffScale ? (
        <p className="mb-1 text-xs text-slate-500">Scaled to spend: the budget line ({formatUsd(scale.budget)} per hour) is far above every bar.</p>
      ) : null}
      <div className="h-64 text-slate-500 dark:text-slate-400" role="img" aria-label="Hourly spend against the hourly budget">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
          <ComposedChart data={[...series]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="start" tickFormatter={(value: string) => formatBucket(value, "hour")} tick={AXIS_TICK} minTickGap={24} tickLine={false} axisLine={false} />
            <YAxis domain={[0, scale.max]} allowDataOverflow tickFormatter={(value: number) => formatUsd(value)} tick={AXIS_TICK} width={64} tickLine={false} axisLine={false} />
            <Tooltip
              cursor={{ fill: "rgba(148,163,184,0.12)" }}
              content={({ active, payload, label }) => (
                <ChartTooltip active={active} payload={payload} label={label} formatLabel={formatDateTime} formatValue={(value) => formatUsd(value)} />
              )}
            />
            <Legend verticalAlign="top" height={28} iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="cost" name="Spend" fill={CHART_COLORS.spend} radius={[3, 3, 0, 0]} isAnimationActive={false}>
              {series.map((point) => (
                <Cell key={point.start} fill={point.overBudget ? CHART_COLORS.overBudget : CHART_COLORS.spend} />
              ))}
            </Bar>
            <Line dataKey="budget" name="Budget" type="stepAfter" stroke={CHART_COLORS.budget} strokeWidth={2} strokeDasharray="5 3" dot={false} isAnimationActive={false} connectNulls />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
