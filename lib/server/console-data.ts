import type { BudgetResponse } from "@/lib/schemas/budget";
import type { MetricsWindow } from "@/lib/schemas/common";
import type { MetricsResponse, TimeseriesResponse } from "@/lib/schemas/metrics";
import type { ModelChangeView, ModelResponse } from "@/lib/schemas/models";
import type { PerformanceResponse, RoutingSettings } from "@/lib/schemas/performance";
import type { ProviderStatusView } from "@/lib/schemas/providers";
import { requestListQuerySchema, type RequestDetail, type RequestListQuery, type RequestListResponse } from "@/lib/schemas/requests";
import { circuitsView } from "./api/circuits-view";
import { readBudget } from "./queries/budget-query";
import { readMetrics } from "./queries/metrics-query";
import { readPerformance } from "./queries/performance-query";
import { readRequestDetail } from "./queries/request-detail-query";
import { listRequests } from "./queries/request-log-query";
import { readTimeseries } from "./queries/timeseries-query";
import { listModelChanges } from "./registry/model-changes-query";
import { getAppServices } from "./services";

// What the console's server components read, in exactly the shapes the HTTP API answers with
// (lib/schemas), straight from the services: no HTTP hop, no key needed on the server side.
// Errors are the API's AppErrors (e.g. not_found for an unknown request id).

export async function getModels(): Promise<ModelResponse[]> {
  return (await getAppServices()).registryService.list();
}

export async function getModelChanges(options: { modelId?: string; limit?: number } = {}): Promise<ModelChangeView[]> {
  return listModelChanges((await getAppServices()).sql, { modelId: options.modelId, limit: options.limit ?? 50 });
}

export async function getProviders(): Promise<ProviderStatusView[]> {
  return (await getAppServices()).providers.list();
}

export async function getCircuits() {
  const services = await getAppServices();
  return circuitsView(services.breaker, services.registry.list());
}

export async function getMetrics(window: MetricsWindow): Promise<MetricsResponse> {
  const services = await getAppServices();
  return readMetrics({ executor: services.sql, registry: services.registry, window, now: services.clock() });
}

export async function getTimeseries(window: MetricsWindow, bucket?: "hour" | "day"): Promise<TimeseriesResponse> {
  const services = await getAppServices();
  return readTimeseries({ executor: services.sql, window, bucket, hourlyBudgetUsd: services.settings.snapshot().budget.hourly_budget, now: services.clock() });
}

export async function getBudget(): Promise<BudgetResponse> {
  const services = await getAppServices();
  return readBudget({ budgetStore: services.budgetStore, settings: services.settings.snapshot().budget, now: services.clock() });
}

export async function getPerformance(): Promise<PerformanceResponse> {
  const services = await getAppServices();
  return readPerformance({ stats: services.stats, now: services.clock() });
}

export async function getRoutingSettings(): Promise<RoutingSettings> {
  return (await getAppServices()).settings.snapshot().routing;
}

/** One page of the request log; `query` takes the API's query-string fields (validated here). */
export async function getRequests(query: Partial<Record<keyof RequestListQuery, string>> = {}): Promise<RequestListResponse> {
  const { format: _format, ...filters } = requestListQuerySchema.parse(query);
  void _format;
  return listRequests((await getAppServices()).sql, filters);
}

export async function getRequest(requestId: string): Promise<RequestDetail> {
  return readRequestDetail((await getAppServices()).sql, requestId);
}
