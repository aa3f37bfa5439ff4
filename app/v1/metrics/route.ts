import { metricsQuerySchema } from "@/lib/schemas/metrics";
import { readMetrics } from "@/lib/server/queries/metrics-query";
import { jsonResponse, withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ services, query }) => {
  const { window } = query(metricsQuerySchema);
  return jsonResponse(await readMetrics({ executor: services.sql, registry: services.registry, window, now: services.clock() }));
});
