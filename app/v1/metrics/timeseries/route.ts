import { timeseriesQuerySchema } from "@/lib/schemas/metrics";
import { readTimeseries } from "@/lib/server/queries/timeseries-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services, query }) => {
  const { window, bucket } = query(timeseriesQuerySchema);
  const hourlyBudgetUsd = services.settings.snapshot().budget.hourly_budget;
  return jsonResponse(await readTimeseries({ executor: services.sql, window, bucket, hourlyBudgetUsd, now: services.clock() }));
});
