import type { ModelSpec } from "../types";

/** The design sketch's FallbackRouter default: after the chosen model, gpt-4o-mini, then gpt-4o. */
export const DEFAULT_FALLBACK_CHAIN: readonly string[] = ["gpt-4o-mini", "gpt-4o"];

export interface FallbackPlanInput {
  /** The selection's ranking of eligible models, chosen model first. */
  ranking: readonly ModelSpec[];
  /** An explicit chain of model ids tried after the chosen model instead of the rest of the ranking. */
  chain?: readonly string[];
  /** Looks chain ids up in the registry (chain models need not be in the ranking). */
  findModel?: (modelId: string) => ModelSpec | undefined;
}

export interface FallbackPlan {
  candidates: ModelSpec[];
  /** Chain ids the registry does not know or has disabled; reported, not fatal. */
  unavailableChainIds: string[];
}

/** The order the executor tries models in: each model once, disabled ones left out. */
export function buildFallbackPlan(input: FallbackPlanInput): FallbackPlan {
  const seen = new Set<string>();
  const candidates: ModelSpec[] = [];
  const add = (model: ModelSpec) => {
    if (model.enabled && !seen.has(model.id)) {
      seen.add(model.id);
      candidates.push(model);
    }
  };
  if (input.chain === undefined) {
    input.ranking.forEach(add);
    return { candidates, unavailableChainIds: [] };
  }
  const [chosen] = input.ranking;
  if (chosen) add(chosen);
  const unavailableChainIds: string[] = [];
  for (const modelId of input.chain) {
    const model = input.findModel?.(modelId) ?? input.ranking.find((ranked) => ranked.id === modelId);
    if (model && model.enabled) add(model);
    else unavailableChainIds.push(modelId);
  }
  return { candidates, unavailableChainIds };
}
