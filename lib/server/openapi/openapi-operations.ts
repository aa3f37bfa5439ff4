import { z } from "zod";
import { budgetResponseSchema, budgetUpdateSchema } from "@/lib/schemas/budget";
import { chatCompletionsBodySchema } from "@/lib/schemas/chat-completions";
import { circuitListResponseSchema } from "@/lib/schemas/circuits";
import { classifyBodySchema, classifyResponseSchema } from "@/lib/schemas/classify";
import { feedbackBodySchema, feedbackResponseSchema } from "@/lib/schemas/feedback";
import { metricsQuerySchema, metricsResponseSchema, timeseriesQuerySchema, timeseriesResponseSchema } from "@/lib/schemas/metrics";
import {
  modelChangeListQuerySchema,
  modelChangeListResponseSchema,
  modelCreateSchema,
  modelListResponseSchema,
  modelPatchSchema,
  modelResponseSchema,
} from "@/lib/schemas/models";
import { learnedStatusResponseSchema } from "@/lib/schemas/learned";
import { performanceResponseSchema, routingSettingsSchema, routingSettingsUpdateSchema } from "@/lib/schemas/performance";
import { providerCreateSchema, providerListResponseSchema, providerStatusSchema } from "@/lib/schemas/providers";
import { requestDetailSchema, requestListQuerySchema, requestListResponseSchema } from "@/lib/schemas/requests";
import { routeBodySchema, routeResponseSchema } from "@/lib/schemas/route";

// Every HTTP endpoint with the zod schemas its handler parses and answers with: the single source
// the OpenAPI document (and so /api-docs) is generated from.

export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  description?: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** Null: 204 No Content. */
  response: z.ZodType | null;
  status?: number;
  /** Also answers text/event-stream (stream: true). */
  streams?: string;
  errors: number[];
  /** Public even when ROUTER_API_KEY is set. */
  public?: boolean;
  /** The success body's media type when it is not JSON. */
  responseType?: string;
}

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } } as const;
export const PATH_PARAMETERS: Record<string, readonly (typeof idParameter)[]> = { "/v1/models/{id}": [idParameter], "/v1/requests/{id}": [idParameter] };
const healthSchema = z.object({ status: z.enum(["ok", "unavailable"]), reason: z.string().optional() }).meta({ id: "Health" });

export const API_OPERATIONS: readonly ApiOperation[] = [
  { method: "post", path: "/v1/route", tag: "Routing", summary: "Classify, route and (unless execute is false) answer a prompt", body: routeBodySchema, response: routeResponseSchema, streams: "stream: true answers with events decision, start, delta…, then done (a RouteResponse, sent after the request is stored) or error.", errors: [400, 401, 413, 422, 429, 502] },
  { method: "post", path: "/v1/classify", tag: "Routing", summary: "Classify a prompt (JSON body, or ?prompt=…&classifier=… as in the sketch)", body: classifyBodySchema, response: classifyResponseSchema, errors: [400, 401, 413, 422] },
  { method: "post", path: "/v1/chat/completions", tag: "Routing", summary: "OpenAI-compatible chat completions: model \"auto\" routes, a registered id calls that model", description: "Routing metadata travels in x-router-* headers.", body: chatCompletionsBodySchema, response: z.looseObject({ id: z.string(), object: z.literal("chat.completion") }).meta({ id: "ChatCompletion" }), streams: "stream: true answers with OpenAI chat.completion.chunk events and data: [DONE].", errors: [400, 401, 404, 413, 422, 429, 502] },
  { method: "get", path: "/v1/models", tag: "Registry", summary: "List the registry", response: modelListResponseSchema, errors: [401] },
  { method: "post", path: "/v1/models", tag: "Registry", summary: "Register a model", body: modelCreateSchema, response: modelResponseSchema, status: 201, errors: [400, 401, 409, 413, 422] },
  { method: "get", path: "/v1/models/{id}", tag: "Registry", summary: "Read one model", response: modelResponseSchema, errors: [401, 404] },
  { method: "patch", path: "/v1/models/{id}", tag: "Registry", summary: "Change a model's fields", body: modelPatchSchema, response: modelResponseSchema, errors: [400, 401, 404, 413, 422] },
  { method: "delete", path: "/v1/models/{id}", tag: "Registry", summary: "Remove a model", response: null, errors: [401, 404] },
  { method: "get", path: "/v1/model-changes", tag: "Registry", summary: "The registry's audit log, newest first", query: modelChangeListQuerySchema, response: modelChangeListResponseSchema, errors: [401, 422] },
  { method: "get", path: "/v1/providers", tag: "Registry", summary: "Providers and their key status (never a key)", response: providerListResponseSchema, errors: [401] },
  { method: "post", path: "/v1/providers", tag: "Registry", summary: "Add an OpenAI-compatible server", body: providerCreateSchema, response: providerStatusSchema, status: 201, errors: [400, 401, 409, 413, 422] },
  { method: "get", path: "/v1/circuits", tag: "Registry", summary: "Each model's circuit breaker on this instance", response: circuitListResponseSchema, errors: [401] },
  { method: "post", path: "/v1/feedback", tag: "Learning", summary: "Rate a request (rating again replaces the earlier rating)", body: feedbackBodySchema, response: feedbackResponseSchema, errors: [400, 401, 404, 409, 413, 422] },
  { method: "get", path: "/v1/performance", tag: "Learning", summary: "The adaptive performance report", response: performanceResponseSchema, errors: [401] },
  { method: "get", path: "/v1/learned", tag: "Learning", summary: "The learned router: its artefact, registry mapping and cost-quality frontier next to each single model", response: learnedStatusResponseSchema, errors: [401] },
  { method: "get", path: "/v1/learned/ratings", tag: "Learning", summary: "The app's rated requests as training data for `npm run train:router -- --ratings` (JSON Lines)", response: z.string().meta({ id: "RatingsJsonl" }), responseType: "application/x-ndjson", errors: [401] },
  { method: "get", path: "/v1/settings/routing", tag: "Learning", summary: "Routing settings", response: routingSettingsSchema, errors: [401] },
  { method: "put", path: "/v1/settings/routing", tag: "Learning", summary: "Change routing settings", body: routingSettingsUpdateSchema, response: routingSettingsSchema, errors: [400, 401, 413, 422] },
  { method: "get", path: "/v1/metrics", tag: "Spend", summary: "Totals, latency percentiles, distribution and savings over a window", query: metricsQuerySchema, response: metricsResponseSchema, errors: [401, 422] },
  { method: "get", path: "/v1/metrics/timeseries", tag: "Spend", summary: "The same figures per hour or day", query: timeseriesQuerySchema, response: timeseriesResponseSchema, errors: [401, 422] },
  { method: "get", path: "/v1/budget", tag: "Spend", summary: "The current hour's budget ledger", response: budgetResponseSchema, errors: [401] },
  { method: "put", path: "/v1/budget", tag: "Spend", summary: "Change the hourly budget", body: budgetUpdateSchema, response: budgetResponseSchema, errors: [400, 401, 413, 422] },
  { method: "get", path: "/v1/requests", tag: "Request log", summary: "The request log: keyset-paginated and filterable (format=csv exports every matching row)", query: requestListQuerySchema, response: requestListResponseSchema, errors: [401, 422] },
  { method: "get", path: "/v1/requests/{id}", tag: "Request log", summary: "One request with its decision, attempts and rating", response: requestDetailSchema, errors: [401, 404] },
  { method: "get", path: "/metrics", tag: "Operations", summary: "Prometheus metrics: requests, errors, latency histograms, cost, budget, circuits", response: z.string().meta({ id: "PrometheusText" }), responseType: "text/plain; version=0.0.4", errors: [401] },
  { method: "get", path: "/health", tag: "Operations", summary: "Database reachability", response: healthSchema, errors: [503], public: true },
];
