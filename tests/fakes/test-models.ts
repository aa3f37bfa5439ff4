import type { ModelSpec } from "@/lib/router/types";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";

/** A registry model by id, as seeded; throws on a typo so a test cannot silently use nothing. */
export function seededModel(modelId: string): ModelSpec {
  const model = DEFAULT_MODELS.find((candidate) => candidate.id === modelId);
  if (!model) throw new Error(`no seeded model ${modelId}`);
  return model;
}

/** A model for tests, priced like gpt-4o-mini unless overridden. */
export function testModel(overrides: Partial<ModelSpec> & Pick<ModelSpec, "id">): ModelSpec {
  return {
    provider: "openai",
    providerModel: overrides.id,
    inputPricePer1M: 0.15,
    outputPricePer1M: 0.6,
    cachedInputPricePer1M: 0.075,
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    latencyMs: 800,
    qualityScore: 0.85,
    capabilities: ["code", "reasoning"],
    enabled: true,
    ...overrides,
  };
}
