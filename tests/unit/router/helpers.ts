import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import type { Classification, Complexity, ModelSpec, TaskType } from "@/lib/router/types";

// Small builders shared by the router core's unit tests.

export const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

export function defaultModel(id: string): ModelSpec {
  const model = DEFAULT_MODELS.find((candidate) => candidate.id === id);
  if (!model) throw new Error(`no default model ${id}`);
  return model;
}

export function testModel(overrides: Partial<ModelSpec> & { id: string }): ModelSpec {
  return {
    provider: "openai",
    providerModel: overrides.id,
    inputPricePer1M: 1,
    outputPricePer1M: 2,
    cachedInputPricePer1M: null,
    contextWindow: 128_000,
    maxOutputTokens: 4_096,
    latencyMs: 500,
    qualityScore: 0.9,
    capabilities: ["code", "reasoning", "creative", "json", "tools"],
    enabled: true,
    ...overrides,
  };
}

export function classification(complexity: Complexity, taskType: TaskType, confidence = 0.9): Classification {
  return {
    complexity,
    taskType,
    confidence,
    classifier: "rules",
    features: { characters: 0, words: 0, estimatedTokens: 0, questionMarks: 0, codeBlocks: 0, signals: [] },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = T0) {
  let now = start;
  return {
    now: () => now,
    advance(milliseconds: number) {
      now += milliseconds;
    },
    set(epochMs: number) {
      now = epochMs;
    },
  };
}
