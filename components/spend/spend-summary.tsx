import { Stat } from "@/components/ui/stat";
import { formatCount, formatMs, formatPercent, formatShare, formatUsd } from "@/lib/client/format";
import type { MetricsResponse } from "@/lib/schemas/metrics";

/** The window's headline figures, straight from GET /v1/metrics. */
export function SpendSummary({ metrics }: { metrics: MetricsResponse }) {
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      <Stat label="Spend" value={formatUsd(metrics.total_cost)} hint={`${formatCount(metrics.total_requests)} requests`} />
      <Stat
        label="Saved vs best model"
        value={formatPercent(metrics.cost_savings_percent, 1)}
        hint={metrics.counterfactual_model ? `${formatUsd(metrics.counterfactual_cost)} on ${metrics.counterfactual_model}` : "no enabled model"}
      />
      <Stat label="Success rate" value={formatShare(metrics.success_rate, 1)} hint={`${formatCount(metrics.successful_requests)} succeeded`} />
      <Stat label="p50 latency" value={formatMs(metrics.p50_latency_ms)} hint={`mean ${formatMs(metrics.avg_latency_ms)}`} />
      <Stat label="p95 latency" value={formatMs(metrics.p95_latency_ms)} />
      <Stat label="Simulated" value={formatCount(metrics.simulated_requests)} hint="answers from the simulator" />
    </dl>
  );
}
