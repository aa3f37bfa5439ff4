import { z } from "zod";
import { CLASSIFIER_NAMES, COMPLEXITIES, POLICY_NAMES, TASK_TYPES } from "@/lib/router/types";
import { usdSchema } from "./common";

// GET /v1/performance (the adaptive report) and GET/PUT /v1/settings/routing (policy settings).

export const performanceRowSchema = z.object({
  complexity: z.enum(COMPLEXITIES),
  task_type: z.enum(TASK_TYPES),
  model: z.string(),
  decisions: z.number().int(),
  explorations: z.number().int(),
  exploration_share: z.number().nullable(),
  requests: z.number().int(),
  success_rate: z.number().nullable(),
  avg_latency_ms: z.number().nullable(),
  ratings: z.number().int(),
  avg_quality: z.number().nullable(),
  decayed_quality: z.number().nullable().describe("Mean quality with old evidence decayed by the half-life."),
  total_cost: usdSchema,
});
export type PerformanceRow = z.infer<typeof performanceRowSchema>;

export const performanceResponseSchema = z
  .object({
    rows: z.array(performanceRowSchema),
    exploration_share: z.number().nullable().describe("Share of all decisions that explored."),
    total_decisions: z.number().int(),
    total_ratings: z.number().int(),
  })
  .meta({ id: "PerformanceReport" });
export type PerformanceResponse = z.infer<typeof performanceResponseSchema>;

export const ADAPTIVE_ALGORITHMS = ["epsilon_greedy", "thompson"] as const;

export const routingSettingsSchema = z
  .object({
    default_policy: z.enum(POLICY_NAMES),
    default_classifier: z.enum(CLASSIFIER_NAMES),
    adaptive_algorithm: z.enum(ADAPTIVE_ALGORITHMS),
    exploration_rate: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
    min_observations: z.number().int().min(0).max(1_000).describe("Observations before epsilon-greedy exploits a model."),
    latency_weight: z.number().min(0).max(10),
    // At least a minute: the decay arithmetic works in whole milliseconds, and a half-life that
    // rounds to 0 ms divides by zero (found by fuzzing; see tests/integration/api/bad-input.test.ts).
    decay_half_life_hours: z
      .number()
      .min(1 / 60, "must be at least one minute (1/60 hour)")
      .max(24 * 365),
    cascade_threshold: z.number().min(0).max(1).describe("Below this confidence the cascade asks the next classifier."),
    cascade_use_llm: z.boolean(),
    learned_lambda: z.number().min(0).describe("Learned policy: quality − λ × cost (USD)."),
  })
  .meta({ id: "RoutingSettings" });
export type RoutingSettings = z.infer<typeof routingSettingsSchema>;

export const routingSettingsUpdateSchema = routingSettingsSchema
  .partial()
  .strict()
  .refine((update) => Object.keys(update).length > 0, { message: "must change at least one setting" })
  .meta({ id: "RoutingSettingsUpdate" });
export type RoutingSettingsUpdate = z.infer<typeof routingSettingsUpdateSchema>;
