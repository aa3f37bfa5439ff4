"use client";

import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_COLORS } from "@/components/charts/chart-theme";
import type { LearnedStatusResponse } from "@/lib/schemas/learned";

interface ChartPoint {
  cost: number;
  quality: number;
  label: string;
}

function formatCost(value: number, unit: string): string {
  if (unit === "USD") return value >= 0.01 ? `$${value.toFixed(3)}` : `$${value.toPrecision(2)}`;
  return `${value.toPrecision(2)} ${unit}`;
}

function PointTooltip({ active, payload, unit }: { active?: boolean; payload?: readonly { payload?: ChartPoint }[]; unit: string }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-lg dark:border-slate-700 dark:bg-slate-900">
      <p className="font-medium text-slate-900 dark:text-slate-100">{point.label}</p>
      <p className="text-slate-600 dark:text-slate-300">
        quality {point.quality.toFixed(3)} · {formatCost(point.cost, unit)} per prompt
      </p>
    </div>
  );
}

/** 1-2-5 ticks per decade covering [low, high], so a log axis reads like a log axis. */
export function logTicks(low: number, high: number): number[] {
  if (!(low > 0) || !(high >= low)) return [];
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
    for (const step of [1, 2, 5]) {
      const tick = Number((step * 10 ** exponent).toPrecision(1));
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  return ticks;
}

/**
 * The learned router's cost-quality frontier (one point per cost weight λ, measured on cross-fitted
 * predictions over its training prompts) next to each of its models used alone on the same prompts.
 * Cost is on a log axis: the models' prices span two orders of magnitude.
 */
export function LearnedFrontierChart({ status }: { status: LearnedStatusResponse }) {
  const frontier: ChartPoint[] = [...status.frontier]
    .filter((point) => point.cost > 0)
    .sort((left, right) => left.cost - right.cost)
    .map((point) => ({ cost: point.cost, quality: point.quality, label: `Learned router, λ = ${point.cost_weight.toPrecision(3)}` }));
  const singles: ChartPoint[] = status.single_models
    .filter((point) => point.cost > 0)
    .map((point) => ({ cost: point.cost, quality: point.quality, label: point.model }));
  const costs = [...frontier, ...singles].map((point) => point.cost);
  const domain: [number, number] = [Math.min(...costs) * 0.8, Math.max(...costs) * 1.25];
  return (
    <div
      className="h-72 text-slate-500 dark:text-slate-400"
      role="img"
      aria-label={`Cost-quality frontier of the learned router (${frontier.length} points) and ${singles.length} single models`}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 288 }}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis
            type="number"
            dataKey="cost"
            name="cost"
            scale="log"
            domain={domain}
            ticks={logTicks(domain[0], domain[1])}
            allowDataOverflow
            tickFormatter={(value: number) => formatCost(value, status.cost_unit)}
            tick={AXIS_TICK}
            tickLine={false}
          />
          <YAxis type="number" dataKey="quality" name="quality" domain={["auto", "auto"]} tickFormatter={(value: number) => value.toFixed(2)} tick={AXIS_TICK} width={48} tickLine={false} />
          <Tooltip content={({ active, payload }) => <PointTooltip active={active} payload={payload as readonly { payload?: ChartPoint }[]} unit={status.cost_unit} />} />
          <Legend verticalAlign="top" height={28} iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          <Scatter name="Learned router (per λ)" data={frontier} fill={CHART_COLORS.spend} line={{ stroke: CHART_COLORS.spend, strokeWidth: 2 }} isAnimationActive={false} />
          <Scatter name="Single models" data={singles} fill={CHART_COLORS.budget} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
