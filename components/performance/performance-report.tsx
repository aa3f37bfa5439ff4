"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import { Stat } from "@/components/ui/stat";
import { api } from "@/lib/client/api";
import { formatCount, formatShare } from "@/lib/client/format";
import type { HeatmapMetric } from "@/lib/client/heatmap";
import { useApiResource } from "@/lib/client/use-api-resource";
import { LearnedRouterPanel } from "./learned-router-panel";
import { MetricPicker } from "./metric-picker";
import { PerformanceHeatmap } from "./performance-heatmap";
import { ReportTable } from "./report-table";
import { RoutingSettingsForm } from "./routing-settings-form";

const loadReport = (signal: AbortSignal) => api.getPerformance(signal);
const loadSettings = (signal: AbortSignal) => api.getRoutingSettings(signal);

/** The adaptive report (heatmap and table), exploration, and the routing-policy settings. */
export function PerformanceReport() {
  const report = useApiResource(loadReport);
  const settings = useApiResource(loadSettings);
  const [metric, setMetric] = useState<HeatmapMetric>("quality");
  const data = report.data;

  return (
    <div className="space-y-6">
      {report.error ? <ErrorNotice error={report.error} title="Could not load the performance report" onRetry={report.reload} /> : null}
      <Card>
        {data ? (
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Stat label="Decisions" value={formatCount(data.total_decisions)} />
            <Stat label="Ratings" value={formatCount(data.total_ratings)} />
            <Stat label="Exploration share" value={formatShare(data.exploration_share, 1)} hint="decisions that tried a non-best model" />
            <Stat label="Groups × models" value={formatCount(data.rows.length)} />
          </dl>
        ) : report.error ? null : (
          <LoadingBlock label="Loading the performance report" rows={2} />
        )}
      </Card>
      {data && data.rows.length === 0 ? (
        <Card title="Heatmap">
          <p role="status" className="text-sm text-slate-500">
            No routed requests yet. Send prompts from the playground and rate the answers: each complexity and task type then shows how
            every model did.
          </p>
        </Card>
      ) : null}
      {data && data.rows.length > 0 ? (
        <>
          <Card title="Heatmap" description="Complexity × task type against model." actions={<MetricPicker value={metric} onChange={setMetric} />}>
            <PerformanceHeatmap rows={data.rows} metric={metric} />
          </Card>
          <Card title="Report" description="Quality is the mean rating (0–1); decayed quality weighs recent ratings more.">
            <ReportTable rows={data.rows} />
          </Card>
        </>
      ) : null}
      <Card title="Routing policy" description="Applies to new requests at once. Callers can still pick a policy per request.">
        {settings.error ? <ErrorNotice error={settings.error} title="Could not load the routing settings" onRetry={settings.reload} /> : null}
        {settings.data ? (
          <RoutingSettingsForm settings={settings.data} />
        ) : settings.error ? null : (
          <LoadingBlock label="Loading the routing settings" />
        )}
      </Card>
      <LearnedRouterPanel />
    </div>
  );
}
