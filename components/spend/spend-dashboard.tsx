"use client";

import { useCallback, useState } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import { api } from "@/lib/client/api";
import { toSpendSeries, type DistributionMeasure } from "@/lib/client/spend-series";
import { useApiResource } from "@/lib/client/use-api-resource";
import { BudgetForm } from "./budget-form";
import { BudgetGauge } from "./budget-gauge";
import { DistributionPanel } from "./distribution-panel";
import { HourlySpendChart } from "./hourly-spend-chart";
import { LatencyChart } from "./latency-chart";
import { SavingsChart } from "./savings-chart";
import { SegmentedControl } from "./segmented-control";
import { SpendSummary } from "./spend-summary";

type SpendWindow = "24h" | "7d";
const WINDOWS = [
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
] as const;
const MEASURES = [
  { value: "requests", label: "Requests" },
  { value: "cost", label: "Cost" },
] as const;
const loadBudget = (signal: AbortSignal) => api.getBudget(signal);

/** Spend against the budget, where it went, what routing saved, and how fast answers came. */
export function SpendDashboard() {
  const [timeWindow, setTimeWindow] = useState<SpendWindow>("24h");
  const [measure, setMeasure] = useState<DistributionMeasure>("requests");
  const budget = useApiResource(loadBudget, { refreshMs: 10_000 });
  const metrics = useApiResource(useCallback((signal: AbortSignal) => api.getMetrics(timeWindow, signal), [timeWindow]), { refreshMs: 30_000 });
  const timeseries = useApiResource(useCallback((signal: AbortSignal) => api.getTimeseries({ window: timeWindow, bucket: "hour" }, signal), [timeWindow]), { refreshMs: 30_000 });
  const series = timeseries.data ? toSpendSeries(timeseries.data.points) : undefined;
  const pending = <LoadingBlock label="Loading" rows={4} />;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SegmentedControl name="spend-window" label="Time window" options={WINDOWS} value={timeWindow} onChange={setTimeWindow} />
        {metrics.isLoading && metrics.data ? <span className="text-xs text-slate-500">Refreshing…</span> : null}
      </div>
      {metrics.error ? <ErrorNotice error={metrics.error} title="Could not load the metrics" onRetry={metrics.reload} /> : null}
      <Card>{metrics.data ? <SpendSummary metrics={metrics.data} /> : metrics.error ? null : <LoadingBlock label="Loading the metrics" rows={2} />}</Card>
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Hourly spend vs budget" className="xl:col-span-2" description="Bars turn red in hours that went over the budget line.">
          {timeseries.error ? <ErrorNotice error={timeseries.error} title="Could not load the spend history" onRetry={timeseries.reload} /> : null}
          {series ? <HourlySpendChart series={series} /> : timeseries.error ? null : pending}
        </Card>
        <Card title="This hour">
          {budget.error ? <ErrorNotice error={budget.error} title="Could not load the budget" onRetry={budget.reload} /> : null}
          {budget.data ? <BudgetGauge budget={budget.data} /> : budget.error ? null : pending}
        </Card>
      </div>
      <section aria-labelledby="distribution-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="distribution-heading" className="text-sm font-semibold">Distribution</h2>
          <SegmentedControl name="distribution-measure" label="Distribution measure" options={MEASURES} value={measure} onChange={setMeasure} />
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          {metrics.data ? (
            <>
              <DistributionPanel metrics={metrics.data} dimension="model" measure={measure} />
              <DistributionPanel metrics={metrics.data} dimension="provider" measure={measure} />
            </>
          ) : metrics.error ? null : (
            <Card>{pending}</Card>
          )}
        </div>
      </section>
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Savings against the best model" className="xl:col-span-2" description={metrics.data?.counterfactual_model ? `If every request had gone to ${metrics.data.counterfactual_model}, with the same tokens.` : undefined}>
          {series ? <SavingsChart series={series} bucket="hour" /> : timeseries.error ? null : pending}
        </Card>
        <Card title="Budget">{budget.data ? <BudgetForm budget={budget.data} onSaved={budget.reload} /> : budget.error ? null : pending}</Card>
      </div>
      <Card title="Latency percentiles" description="Per hour, from a log-bucketed histogram.">
        {series ? <LatencyChart series={series} bucket="hour" /> : timeseries.error ? null : pending}
      </Card>
    </div>
  );
}
