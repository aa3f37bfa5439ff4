import { z } from "zod";
import { CAPABILITIES } from "@/lib/router/types";
import { isoDateTimeSchema } from "./common";

// The registry editor's resource: GET/POST /v1/models, GET/PATCH/DELETE /v1/models/{id}. The
// registry page's forms validate with these same schemas, so a field's message is the API's.

const price = z
  .number({ error: "must be a number (USD per 1M tokens) or null for unpriced" })
  .finite()
  .min(0, "must not be negative")
  .max(100_000, "must be at most 100000 USD per 1M tokens")
  .nullable();

export const MODEL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

const modelFields = {
  id: z
    .string()
    .min(1, "is required")
    .max(100)
    .regex(MODEL_ID_PATTERN, "may contain letters, digits and . _ : / - and must start with a letter or digit"),
  provider: z.string().min(1, "is required").max(100),
  provider_model: z.string().min(1, "is required").max(200).describe("The name the provider's API expects."),
  input_price_per_1m: price,
  output_price_per_1m: price,
  cached_input_price_per_1m: price,
  context_window: z.number().int("must be a whole number").positive("must be positive").max(100_000_000),
  max_output_tokens: z.number().int("must be a whole number").positive("must be positive").max(100_000_000),
  latency_ms: z.number().finite().positive("must be positive").max(3_600_000),
  quality_score: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
  capabilities: z.array(z.enum(CAPABILITIES, { error: `must be one of ${CAPABILITIES.join(", ")}` })).max(CAPABILITIES.length * 2),
  enabled: z.boolean(),
};

function outputFitsContext(model: { max_output_tokens?: number; context_window?: number }): boolean {
  return model.max_output_tokens === undefined || model.context_window === undefined || model.max_output_tokens <= model.context_window;
}
const outputFitsMessage = { message: "must not exceed context_window", path: ["max_output_tokens"] };

export const modelCreateSchema = z
  .object({ ...modelFields, cached_input_price_per_1m: price.default(null), enabled: modelFields.enabled.default(true) })
  .strict()
  .refine(outputFitsContext, outputFitsMessage)
  .meta({ id: "ModelCreate" });
export type ModelCreate = z.infer<typeof modelCreateSchema>;
export type ModelCreateInput = z.input<typeof modelCreateSchema>;

const { id: _id, ...editableFields } = modelFields;
void _id;
export const modelPatchSchema = z
  .object(editableFields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: "must change at least one field" })
  .refine(outputFitsContext, outputFitsMessage)
  .meta({ id: "ModelPatch" });
export type ModelPatch = z.infer<typeof modelPatchSchema>;

export const modelResponseSchema = z
  .object({ ...modelFields, created_at: isoDateTimeSchema, updated_at: isoDateTimeSchema })
  .meta({ id: "Model" });
export type ModelResponse = z.infer<typeof modelResponseSchema>;

export const modelListResponseSchema = z.object({ models: z.array(modelResponseSchema) }).meta({ id: "ModelList" });

export const modelChangeSchema = z
  .object({
    id: z.number().int(),
    model: z.string(),
    action: z.enum(["seed", "create", "update", "delete"]),
    actor: z.string().describe("Which API key made the change (its label, never the key)."),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    created_at: isoDateTimeSchema,
  })
  .meta({ id: "ModelChange" });
export type ModelChangeView = z.infer<typeof modelChangeSchema>;

export const modelChangeListResponseSchema = z
  .object({ changes: z.array(modelChangeSchema) })
  .meta({ id: "ModelChangeList" });

export const modelChangeListQuerySchema = z
  .object({
    model: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
