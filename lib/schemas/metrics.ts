import { z } from "zod";
import { isoDateTimeSchema, metricsWindowSchema, usdSchema } from "./common";

// GET /v1/metrics?window=1h|24h|7d|30d and GET /v1/metrics/timeseries: every figure is aggregated
// in SQL from rollups written with each request (never a fixed number, never request rows loaded
// into memory).

export const metricsQuerySchema = z.object({ window: metricsWindowSchema }).strict();

const distributionEntrySchema = z.object({
  requests: z.number().int(),
  cost: usdSchema,
});

export const metricsResponseSchema = z
  .object({
    window: z.string(),
    from: isoDateTimeSchema,
    to: isoDateTimeSchema,
    total_requests: z.number().int(),
    successful_requests: z.number().int(),
    success_rate: z.number().min(0).max(1).nullable().describe("null when there were no requests."),
    total_cost: usdSchema,
    avg_latency_ms: z.number().nullable(),
    p50_latency_ms: z.number().nullable().describe("From a log-bucketed histogram: within one bucket's width."),
    p95_latency_ms: z.number().nullable(),
    model_distribution: z.record(z.string(), z.number().int()).describe("Requests per answering model."),
    cost_by_model: z.record(z.string(), usdSchema),
    provider_distribution: z.record(z.string(), distributionEntrySchema),
    counterfactual_model: z.string().nullable().describe("The highest-quality enabled model."),
    counterfactual_cost: usdSchema.describe("What the same requests (same tokens) would have cost on it."),
    cost_savings_percent: z.number().nullable(),
    simulated_requests: z.number().int(),
  })
  .meta({ id: "Metrics" });
export type MetricsResponse = z.infer<typeof metricsResponseSchema>;

export const timeseriesQuerySchema = z
  .object({ window: metricsWindowSchema, bucket: z.enum(["hour", "day"]).optional() })
  .strict();

export const timeseriesPointSchema = z.object({
  start: isoDateTimeSchema,
  requests: z.number().int(),
  errors: z.number().int(),
  cost: usdSchema,
  counterfactual_cost: usdSchema,
  budget: usdSchema.nullable().describe("The hourly budget (times the bucket's hours) in force."),
  p50_latency_ms: z.number().nullable(),
  p95_latency_ms: z.number().nullable(),
});

export const timeseriesResponseSchema = z
  .object({
    window: z.string(),
    bucket: z.enum(["hour", "day"]),
    points: z.array(timeseriesPointSchema).describe("One point per bucket, oldest first, empty buckets included."),
  })
  .meta({ id: "MetricsTimeseries" });
export type TimeseriesResponse = z.infer<typeof timeseriesResponseSchema>;
