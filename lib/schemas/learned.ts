import { z } from "zod";

// GET /v1/learned: the learned router behind the `learned` policy — which artefact is loaded, how
// the registry's models map onto its models, and its cost-quality frontier (measured on
// cross-fitted predictions over its training prompts) next to each single model.
// GET /v1/learned/ratings: the app's rated requests as training data (JSON Lines).

export const learnedPointSchema = z.object({
  quality: z.number(),
  cost: z.number().describe("Mean cost per prompt, in cost_unit."),
});

export const learnedStatusResponseSchema = z
  .object({
    available: z.boolean(),
    reason: z.string().nullable().describe("Why the learned policy is not available, when it is not."),
    artifact: z
      .object({
        name: z.string(),
        origin: z.enum(["configured", "ratings", "shipped"]),
        source: z.string().describe("What it was trained on."),
        rows: z.string(),
        prompts: z.number().int(),
        cost_model: z.string(),
        models: z.array(z.object({ id: z.string(), mean_quality: z.number() })),
      })
      .nullable(),
    mapping: z
      .array(z.object({ registry_model: z.string(), artifact_model: z.string() }))
      .describe("Registry model → the artefact model whose predictions it takes."),
    cost_unit: z.string(),
    cost_weight: z.number().describe("The learned policy's λ: it maximises predicted quality − λ × estimated cost (USD)."),
    frontier: z.array(learnedPointSchema.extend({ cost_weight: z.number(), predicted_quality: z.number() })),
    single_models: z.array(learnedPointSchema.extend({ model: z.string() })),
    ratings: z
      .object({
        examples: z.number().int(),
        prompts: z.number().int(),
        models: z.number().int(),
        minimum_prompts: z.number().int(),
        minimum_models: z.number().int(),
      })
      .describe("The app's own rated requests available for `npm run learned:retrain`."),
  })
  .meta({ id: "LearnedRouterStatus" });
export type LearnedStatusResponse = z.infer<typeof learnedStatusResponseSchema>;
