import type { z } from "zod";
import { budgetResponseSchema, type BudgetUpdate } from "@/lib/schemas/budget";
import { circuitListResponseSchema } from "@/lib/schemas/circuits";
import type { MetricsWindow } from "@/lib/schemas/common";
import { feedbackResponseSchema, type FeedbackBody } from "@/lib/schemas/feedback";
import { metricsResponseSchema, timeseriesResponseSchema } from "@/lib/schemas/metrics";
import {
  modelChangeListResponseSchema,
  modelListResponseSchema,
  modelResponseSchema,
  type ModelCreateInput,
  type ModelPatch,
} from "@/lib/schemas/models";
import { learnedStatusResponseSchema } from "@/lib/schemas/learned";
import { performanceResponseSchema, routingSettingsSchema, type RoutingSettingsUpdate } from "@/lib/schemas/performance";
import { providerListResponseSchema } from "@/lib/schemas/providers";
import { requestDetailSchema, requestListResponseSchema } from "@/lib/schemas/requests";
import { routeResponseSchema, type RouteBodyInput } from "@/lib/schemas/route";
import { queryString, requestJson, requestNoContent } from "./http";
import { requestListPath, type RequestFilters } from "./request-filters";

// Every call the console makes to the HTTP API, typed by lib/schemas: responses are parsed with the
// endpoint's schema, failures arrive as ApiError carrying the API's { type, message, param }.

type Signal = AbortSignal | undefined;
const get = <Schema extends z.ZodType>(path: string, schema: Schema, signal: Signal) => requestJson({ path, schema, signal });
const modelPath = (id: string) => `/v1/models/${encodeURIComponent(id)}`;

export const api = {
  route: (body: RouteBodyInput, signal?: AbortSignal) =>
    requestJson({ path: "/v1/route", method: "POST", body: { ...body, stream: false }, schema: routeResponseSchema, signal }),

  listModels: (signal?: AbortSignal) => get("/v1/models", modelListResponseSchema, signal),
  createModel: (model: ModelCreateInput) => requestJson({ path: "/v1/models", method: "POST", body: model, schema: modelResponseSchema }),
  updateModel: (id: string, patch: ModelPatch) => requestJson({ path: modelPath(id), method: "PATCH", body: patch, schema: modelResponseSchema }),
  deleteModel: (id: string) => requestNoContent({ path: modelPath(id), method: "DELETE" }),
  listModelChanges: (options: { model?: string; limit?: number }, signal?: AbortSignal) =>
    get(`/v1/model-changes${queryString({ model: options.model, limit: options.limit })}`, modelChangeListResponseSchema, signal),
  listProviders: (signal?: AbortSignal) => get("/v1/providers", providerListResponseSchema, signal),
  listCircuits: (signal?: AbortSignal) => get("/v1/circuits", circuitListResponseSchema, signal),

  sendFeedback: (feedback: FeedbackBody) => requestJson({ path: "/v1/feedback", method: "POST", body: feedback, schema: feedbackResponseSchema }),

  getMetrics: (window: MetricsWindow, signal?: AbortSignal) => get(`/v1/metrics${queryString({ window })}`, metricsResponseSchema, signal),
  getTimeseries: (options: { window: MetricsWindow; bucket: "hour" | "day" }, signal?: AbortSignal) =>
    get(`/v1/metrics/timeseries${queryString(options)}`, timeseriesResponseSchema, signal),
  getBudget: (signal?: AbortSignal) => get("/v1/budget", budgetResponseSchema, signal),
  updateBudget: (update: BudgetUpdate) => requestJson({ path: "/v1/budget", method: "PUT", body: update, schema: budgetResponseSchema }),

  getPerformance: (signal?: AbortSignal) => get("/v1/performance", performanceResponseSchema, signal),
  getLearned: (signal?: AbortSignal) => get("/v1/learned", learnedStatusResponseSchema, signal),
  getRoutingSettings: (signal?: AbortSignal) => get("/v1/settings/routing", routingSettingsSchema, signal),
  updateRoutingSettings: (update: RoutingSettingsUpdate) =>
    requestJson({ path: "/v1/settings/routing", method: "PUT", body: update, schema: routingSettingsSchema }),

  listRequests: (page: { filters: RequestFilters; cursor?: string; limit?: number }, signal?: AbortSignal) =>
    get(requestListPath(page), requestListResponseSchema, signal),
  getRequest: (id: string, signal?: AbortSignal) => get(`/v1/requests/${encodeURIComponent(id)}`, requestDetailSchema, signal),

  /** Console sign-in (only when ROUTER_API_KEY is set): the server answers with an httpOnly session cookie. */
  signIn: (key: string) => requestNoContent({ path: "/api/session", method: "POST", body: { key } }),
  signOut: () => requestNoContent({ path: "/api/session", method: "DELETE" }),
};
