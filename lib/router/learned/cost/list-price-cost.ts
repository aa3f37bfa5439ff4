import { usageCostUsd } from "../../cost/model-cost";
import type { LinearCost } from "./linear-cost";

// A cost model for benchmark files without per-call costs (RouteLLM's): list price × token
// estimate. Input tokens are estimated as prompt characters / 4 (OpenAI's rule of thumb for
// English); the output is a fixed number of tokens per call. Prices are computed by
// lib/router/cost, the one place money is computed.

export interface ListPrice {
  inputPer1M: number;
  outputPer1M: number;
}

/**
 * Early-2024 list prices (USD per 1M tokens) of the models in the shipped benchmark files that
 * have no per-call costs: OpenAI's gpt-4-1106-preview price, and Mixtral 8x7B Instruct at
 * Together AI's serverless price (RouteLLM's paper routes to it on Anyscale/Together).
 */
export const BENCHMARK_LIST_PRICES: Readonly<Record<string, ListPrice>> = {
  "gpt-4-1106-preview": { inputPer1M: 10, outputPer1M: 30 },
  "mistralai/Mixtral-8x7B-Instruct-v0.1": { inputPer1M: 0.6, outputPer1M: 0.6 },
};

export const CHARACTERS_PER_TOKEN = 4;
export const DEFAULT_OUTPUT_TOKENS_PER_CALL = 250;

export function listPriceCost(price: ListPrice, outputTokens = DEFAULT_OUTPUT_TOKENS_PER_CALL): LinearCost {
  const priced = { inputPricePer1M: price.inputPer1M, outputPricePer1M: price.outputPer1M, cachedInputPricePer1M: null };
  const output = usageCostUsd(priced, { inputTokens: 0, cachedInputTokens: 0, outputTokens }) ?? 0;
  const millionInputTokens = usageCostUsd(priced, { inputTokens: 1_000_000, cachedInputTokens: 0, outputTokens: 0 }) ?? 0;
  return { fixedUsd: output, usdPerCharacter: millionInputTokens / 1_000_000 / CHARACTERS_PER_TOKEN };
}

export class UnknownListPriceError extends Error {
  override readonly name = "UnknownListPriceError";
  constructor(readonly model: string) {
    super(`no per-call costs in the data and no list price for "${model}": add it to BENCHMARK_LIST_PRICES or use --cost-model calls`);
  }
}

export function listPriceCosts(models: readonly string[], prices = BENCHMARK_LIST_PRICES): LinearCost[] {
  return models.map((model) => {
    const price = prices[model];
    if (!price) throw new UnknownListPriceError(model);
    return listPriceCost(price);
  });
}
