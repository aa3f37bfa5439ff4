import { z } from "zod";
import { CLASSIFIER_NAMES, COMPLEXITIES, TASK_TYPES } from "@/lib/router/types";
import { MAX_PROMPT_CHARACTERS, classificationFeaturesSchema } from "./route";

// POST /v1/classify, with a JSON body or (as in the sketch) ?prompt=…&classifier=… in the query string.

export const classifyBodySchema = z
  .object({
    prompt: z.string().min(1, "prompt must not be empty").max(MAX_PROMPT_CHARACTERS),
    classifier: z.enum(CLASSIFIER_NAMES).optional(),
  })
  .strict()
  .meta({ id: "ClassifyRequest" });

export const classifierStageSchema = z.object({
  classifier: z.enum(CLASSIFIER_NAMES),
  decided: z.boolean(),
  complexity: z.enum(COMPLEXITIES).nullable(),
  task_type: z.enum(TASK_TYPES).nullable(),
  confidence: z.number().nullable(),
  error: z.string().nullable(),
});

export const classifyResponseSchema = z
  .object({
    complexity: z.enum(COMPLEXITIES),
    task_type: z.enum(TASK_TYPES),
    confidence: z.number().min(0).max(1),
    classifier: z.enum(CLASSIFIER_NAMES).describe("The classifier (for a cascade: the stage) that decided."),
    features: classificationFeaturesSchema,
    stages: z.array(classifierStageSchema).describe("For a cascade: every stage consulted, in order."),
    fallback_reason: z.string().nullable(),
  })
  .meta({ id: "ClassifyResponse" });
export type ClassifyResponse = z.infer<typeof classifyResponseSchema>;
