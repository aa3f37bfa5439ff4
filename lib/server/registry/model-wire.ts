import { z } from "zod";
import type { ModelCreate, ModelPatch, ModelResponse } from "@/lib/schemas/models";
import type { ModelSpec } from "@/lib/router/types";
import { sqlBoolean, sqlDateTime, sqlJson } from "@/lib/server/sql/sql-values";
import { modelRowToSpec } from "./model-record";

// A registry model in its three forms: the stored row (raw SQL), the core's ModelSpec and the API's
// snake_case wire form (lib/schemas/models.ts).

export const storedModelRowSchema = z.object({
  id: z.string(),
  provider_id: z.string(),
  provider_model: z.string(),
  input_price_per_1m: z.number().nullable(),
  output_price_per_1m: z.number().nullable(),
  cached_input_price_per_1m: z.number().nullable(),
  context_window: z.number().int(),
  max_output_tokens: z.number().int(),
  latency_ms: z.number(),
  quality_score: z.number(),
  capabilities: sqlJson,
  enabled: sqlBoolean,
  created_at: sqlDateTime,
  updated_at: sqlDateTime,
});
export type StoredModelRow = z.infer<typeof storedModelRowSchema>;

export interface RegistryEntry {
  spec: ModelSpec;
  createdAt: Date;
  updatedAt: Date;
}

export function entryFromRow(row: StoredModelRow): RegistryEntry {
  const spec = modelRowToSpec({
    id: row.id,
    providerId: row.provider_id,
    providerModel: row.provider_model,
    inputPricePer1M: row.input_price_per_1m,
    outputPricePer1M: row.output_price_per_1m,
    cachedInputPricePer1M: row.cached_input_price_per_1m,
    contextWindow: row.context_window,
    maxOutputTokens: row.max_output_tokens,
    latencyMs: row.latency_ms,
    qualityScore: row.quality_score,
    capabilities: row.capabilities,
    enabled: row.enabled,
  });
  return { spec: Object.freeze(spec), createdAt: row.created_at, updatedAt: row.updated_at };
}

export function specToWire(spec: ModelSpec): Omit<ModelResponse, "created_at" | "updated_at"> {
  return {
    id: spec.id,
    provider: spec.provider,
    provider_model: spec.providerModel,
    input_price_per_1m: spec.inputPricePer1M,
    output_price_per_1m: spec.outputPricePer1M,
    cached_input_price_per_1m: spec.cachedInputPricePer1M,
    context_window: spec.contextWindow,
    max_output_tokens: spec.maxOutputTokens,
    latency_ms: spec.latencyMs,
    quality_score: spec.qualityScore,
    capabilities: [...spec.capabilities],
    enabled: spec.enabled,
  };
}

export function entryToWire(entry: RegistryEntry): ModelResponse {
  return { ...specToWire(entry.spec), created_at: entry.createdAt.toISOString(), updated_at: entry.updatedAt.toISOString() };
}

export function wireToSpec(model: ModelCreate): ModelSpec {
  return {
    id: model.id,
    provider: model.provider,
    providerModel: model.provider_model,
    inputPricePer1M: model.input_price_per_1m,
    outputPricePer1M: model.output_price_per_1m,
    cachedInputPricePer1M: model.cached_input_price_per_1m,
    contextWindow: model.context_window,
    maxOutputTokens: model.max_output_tokens,
    latencyMs: model.latency_ms,
    qualityScore: model.quality_score,
    capabilities: [...new Set(model.capabilities)],
    enabled: model.enabled,
  };
}

/** The spec after a PATCH: the wire patch applied field by field. */
export function applyPatch(spec: ModelSpec, patch: ModelPatch): ModelSpec {
  return wireToSpec({ ...specToWire(spec), ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) } as ModelCreate);
}
