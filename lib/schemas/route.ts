import { z } from "zod";
import { routeConstraintsWireSchema } from "@/lib/router/select/route-constraints";
import { CLASSIFIER_NAMES, COMPLEXITIES, EXCLUSION_REASONS, POLICY_NAMES, TASK_TYPES } from "@/lib/router/types";
import { tokenUsageSchema, usdSchema } from "./common";

// POST /v1/route: the sketch's RouteRequest/RouteResponse, made real. The playground's form
// validates with the same body schema.

export const MAX_PROMPT_CHARACTERS = 500_000;

export const routeBodySchema = z
  .object({
    prompt: z.string().min(1, "prompt must not be empty").max(MAX_PROMPT_CHARACTERS),
    system_prompt: z.string().max(MAX_PROMPT_CHARACTERS).optional(),
    constraints: routeConstraintsWireSchema.optional(),
    execute: z.boolean().default(true).describe("false: route and record the decision without calling a model."),
    stream: z.boolean().default(false).describe("true: answer with Server-Sent Events."),
    classifier: z.enum(CLASSIFIER_NAMES).optional().describe("Defaults to the routing settings' classifier."),
    policy: z.enum(POLICY_NAMES).optional().describe("Defaults to the routing settings' policy."),
    max_tokens: z.number().int().positive().max(1_000_000).optional().describe("Upper bound on the answer's length."),
    fallback_chain: z
      .array(z.string().min(1))
      .max(10)
      .optional()
      .describe("Models to try after the chosen one fails; by default the next eligible models of the ranking."),
  })
  .strict()
  .meta({ id: "RouteRequest" });
export type RouteBody = z.infer<typeof routeBodySchema>;
export type RouteBodyInput = z.input<typeof routeBodySchema>;

export const explanationEntrySchema = z
  .object({
    model: z.string(),
    provider: z.string(),
    quality_score: z.number(),
    status: z.enum(["chosen", "eligible", "excluded"]),
    rank: z.number().int().nullable().describe("0 for the chosen model, then the fallback order."),
    exclusion_reason: z.enum(EXCLUSION_REASONS).nullable(),
    exclusion_reasons: z.array(z.enum(EXCLUSION_REASONS)),
    detail: z.string().nullable().describe('e.g. "quality 0.78 < floor 0.9".'),
    estimated_cost: usdSchema.nullable(),
    estimated_latency_ms: z.number(),
    estimated_input_tokens: z.number().int(),
    estimated_output_tokens: z.number().int(),
  })
  .meta({ id: "ExplanationEntry" });
export type ExplanationEntry = z.infer<typeof explanationEntrySchema>;

export const attemptSchema = z
  .object({
    model: z.string(),
    provider: z.string(),
    attempt: z.number().int().min(1),
    status: z.enum(["success", "error", "skipped"]),
    http_status: z.number().int().nullable(),
    error_class: z.string().nullable(),
    error_message: z.string().nullable(),
    latency_ms: z.number(),
    usage: tokenUsageSchema.nullable(),
    cost: usdSchema.nullable(),
    cost_estimated: z.boolean(),
    simulated: z.boolean(),
    retry_delay_ms: z.number().nullable(),
  })
  .meta({ id: "Attempt" });
export type AttemptView = z.infer<typeof attemptSchema>;

export const relaxedConstraintSchema = z.object({
  constraint: z.enum(["min_quality", "max_latency_ms"]),
  from: z.number(),
  to: z.number().nullable(),
});

export const decisionBudgetSchema = z.object({
  hourly_budget: usdSchema,
  spent: usdSchema,
  reserved: usdSchema,
  remaining: usdSchema,
  floor_drop: z.number().describe("How much low budget or pacing lowered the quality floor."),
  cheapest_only: z.boolean(),
});

export const classificationFeaturesSchema = z
  .object({
    characters: z.number().int(),
    words: z.number().int(),
    estimatedTokens: z.number().int(),
    questionMarks: z.number().int(),
    codeBlocks: z.number().int(),
    signals: z.array(z.string()),
  })
  .loose();

export const routeResponseSchema = z
  .object({
    request_id: z.string(),
    status: z.enum(["success", "routed", "error"]).describe("routed: execute was false."),
    model: z.string().describe("The model that answered (after any fallback), or the chosen one."),
    provider: z.string(),
    provider_model: z.string(),
    chosen_model: z.string().describe("The model the router chose before any fallback."),
    complexity: z.enum(COMPLEXITIES),
    task_type: z.enum(TASK_TYPES),
    confidence: z.number().min(0).max(1),
    classifier: z.enum(CLASSIFIER_NAMES),
    policy: z.enum(POLICY_NAMES),
    reason: z.string(),
    min_quality: z.number(),
    estimated_cost: usdSchema.nullable(),
    estimated_latency_ms: z.number(),
    response: z.string().nullable(),
    actual_cost: usdSchema.nullable(),
    cost_estimated: z.boolean().describe("true when the provider reported no usage and the cost is an estimate."),
    latency_ms: z.number().nullable(),
    time_to_first_token_ms: z.number().nullable(),
    usage: tokenUsageSchema.nullable(),
    explored: z.boolean(),
    propensity: z.number().min(0).max(1),
    simulated: z.boolean(),
    simulation_reason: z.string().nullable(),
    fallback_used: z.boolean(),
    attempts: z.array(attemptSchema),
    explanation: z.array(explanationEntrySchema),
    relaxed: z.array(relaxedConstraintSchema),
    budget: decisionBudgetSchema.nullable(),
    features: classificationFeaturesSchema,
    error: z.object({ type: z.string(), message: z.string() }).nullable().describe("Set when status is error."),
  })
  .meta({ id: "RouteResponse" });
export type RouteResponse = z.infer<typeof routeResponseSchema>;

// Server-Sent Events of POST /v1/route with stream: true, in order:
//   event: decision  data: RouteStreamDecision  (as soon as the model is chosen)
//   event: start     data: RouteStreamStart     (the model that is answering, after any fallback)
//   event: delta     data: { "text": "..." }     (zero or more)
//   then exactly one of
//   event: done      data: RouteResponse         (committed to the database before it is sent)
//   event: error     data: RouteStreamError      (says how much was delivered; never a silent truncation)
export const routeStreamDecisionSchema = routeResponseSchema
  .pick({
    request_id: true,
    model: true,
    provider: true,
    provider_model: true,
    complexity: true,
    task_type: true,
    confidence: true,
    classifier: true,
    policy: true,
    reason: true,
    estimated_cost: true,
    explored: true,
    simulated: true,
    simulation_reason: true,
    explanation: true,
  })
  .meta({ id: "RouteStreamDecision" });
export type RouteStreamDecision = z.infer<typeof routeStreamDecisionSchema>;

export const routeStreamStartSchema = z
  .object({
    model: z.string(),
    provider: z.string(),
    provider_model: z.string(),
    simulated: z.boolean(),
    simulation_reason: z.string().nullable(),
  })
  .meta({ id: "RouteStreamStart" });
export type RouteStreamStart = z.infer<typeof routeStreamStartSchema>;

export const routeStreamDeltaSchema = z.object({ text: z.string() }).meta({ id: "RouteStreamDelta" });

export const routeStreamErrorSchema = z
  .object({
    request_id: z.string(),
    error: z.object({ type: z.string(), message: z.string() }),
    model: z.string().nullable(),
    delivered_chars: z.number().int(),
    delivered_tokens: z.number().int(),
    attempts: z.array(attemptSchema),
  })
  .meta({ id: "RouteStreamError" });
export type RouteStreamError = z.infer<typeof routeStreamErrorSchema>;
