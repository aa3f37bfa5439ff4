import { z } from "zod";
import { CLASSIFIER_NAMES, COMPLEXITIES, POLICY_NAMES, TASK_TYPES } from "@/lib/router/types";
import { isoDateTimeSchema, pageQuerySchema, tokenUsageSchema, usdSchema } from "./common";
import { attemptSchema, decisionBudgetSchema, explanationEntrySchema, relaxedConstraintSchema } from "./route";

// GET /v1/requests (the request log: keyset-paginated, filterable, CSV export with format=csv)
// and GET /v1/requests/{id} (one request with its decision, attempts and rating).

/** Requests one page of a text search (`q`) reads at most: prompts are not indexed (request-log-query.ts). */
export const REQUEST_SEARCH_WINDOW = 5_000;

export const REQUEST_STATUSES = ["success", "routed", "error", "rejected", "in_progress"] as const;

export const requestListQuerySchema = pageQuerySchema
  .extend({
    model: z.string().max(100).optional(),
    provider: z.string().max(100).optional(),
    status: z.enum(REQUEST_STATUSES).optional(),
    complexity: z.enum(COMPLEXITIES).optional(),
    task_type: z.enum(TASK_TYPES).optional(),
    policy: z.enum(POLICY_NAMES).optional(),
    simulated: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    rated: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    q: z
      .string()
      .max(200)
      .optional()
      .describe(
        `Text the stored prompt contains (case-insensitive). Not indexed: one page searches the ${REQUEST_SEARCH_WINDOW.toLocaleString("en")} newest requests matching the other filters, so it can hold fewer matches than \`limit\` (even none) while \`next_cursor\` continues the search further back.`,
      ),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict();
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

export const feedbackViewSchema = z.object({
  success: z.boolean(),
  quality_score: z.number(),
  comment: z.string().nullable(),
  created_at: isoDateTimeSchema,
  updated_at: isoDateTimeSchema,
});

export const requestSummarySchema = z
  .object({
    id: z.string(),
    created_at: isoDateTimeSchema,
    endpoint: z.enum(["route", "chat_completions"]),
    status: z.enum(REQUEST_STATUSES),
    prompt_preview: z.string().nullable().describe("First characters of the prompt; null when prompts are not stored."),
    prompt_chars: z.number().int(),
    model: z.string().nullable(),
    provider: z.string().nullable(),
    complexity: z.enum(COMPLEXITIES),
    task_type: z.enum(TASK_TYPES),
    classifier: z.enum(CLASSIFIER_NAMES),
    policy: z.enum(POLICY_NAMES),
    estimated_cost: usdSchema.nullable(),
    actual_cost: usdSchema.nullable(),
    latency_ms: z.number().nullable(),
    simulated: z.boolean(),
    explored: z.boolean(),
    error_class: z.string().nullable(),
    rating: z.number().nullable(),
  })
  .meta({ id: "RequestSummary" });
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestListResponseSchema = z
  .object({ data: z.array(requestSummarySchema), next_cursor: z.string().nullable() })
  .meta({ id: "RequestList" });
export type RequestListResponse = z.infer<typeof requestListResponseSchema>;

export const requestDetailSchema = requestSummarySchema
  .extend({
    prompt: z.string().nullable(),
    prompt_hash: z.string(),
    system_prompt: z.string().nullable(),
    response: z.string().nullable(),
    chosen_model: z.string().nullable(),
    reason: z.string(),
    confidence: z.number(),
    min_quality: z.number().nullable(),
    propensity: z.number().nullable(),
    cost_estimated: z.boolean(),
    usage: tokenUsageSchema.nullable(),
    time_to_first_token_ms: z.number().nullable(),
    stream: z.boolean(),
    simulation_reason: z.string().nullable(),
    error_message: z.string().nullable(),
    api_key: z.string().nullable().describe("Label of the API key that made the request (never the key)."),
    features: z.record(z.string(), z.unknown()).nullable(),
    explanation: z.array(explanationEntrySchema),
    relaxed: z.array(relaxedConstraintSchema),
    budget: decisionBudgetSchema.nullable(),
    attempts: z.array(attemptSchema),
    feedback: feedbackViewSchema.nullable(),
  })
  .meta({ id: "RequestDetail" });
export type RequestDetail = z.infer<typeof requestDetailSchema>;
