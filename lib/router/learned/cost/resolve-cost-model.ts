import type { QualityTable } from "../train/quality-table";
import { fitLinearCost, type LinearCost } from "./linear-cost";
import { listPriceCosts } from "./list-price-cost";

// Which cost model a benchmark run or a training uses:
// - data: fitted on the data's own per-call costs (RouterBench; rated requests with costs);
// - list-price: list price × token estimate (see list-price-cost.ts), for files without costs;
// - calls: one unit per call of the strongest model, none for the weakest, evenly spaced by
//   quality rank in between (with two models: strong = 1, weak = 0, so mean cost is RouteLLM's
//   share of strong calls);
// - auto: data when every model has observed costs, else calls (RouteLLM reports its metrics on
//   the share of strong calls, and a router that ranks by USD would favour short prompts).

export const COST_MODEL_NAMES = ["auto", "data", "list-price", "calls"] as const;
export type CostModelName = (typeof COST_MODEL_NAMES)[number];

export interface ResolvedCostModel {
  name: Exclude<CostModelName, "auto">;
  costs: LinearCost[];
  /** "USD" or "calls" (units of the strongest model's call). */
  unit: "USD" | "calls";
}

function costSamples(table: QualityTable, model: number): { characters: number; usd: number }[] {
  const samples: { characters: number; usd: number }[] = [];
  table.prompts.forEach((prompt, row) => {
    const usd = table.costs?.[row * table.models.length + model];
    if (usd !== undefined && !Number.isNaN(usd)) samples.push({ characters: prompt.length, usd });
  });
  return samples;
}

function meanQualities(table: QualityTable): number[] {
  return table.models.map((_, model) => {
    let sum = 0;
    let count = 0;
    table.prompts.forEach((_, row) => {
      const weight = table.weights[row * table.models.length + model]!;
      sum += weight * table.targets[row * table.models.length + model]!;
      count += weight;
    });
    return count > 0 ? sum / count : 0;
  });
}

export function resolveCostModel(table: QualityTable, requested: CostModelName): ResolvedCostModel {
  const hasCosts = table.models.every((_, model) => costSamples(table, model).length > 0);
  const name = requested !== "auto" ? requested : hasCosts ? "data" : "calls";
  if (name === "data") {
    if (!hasCosts) throw new RangeError("cost model 'data' needs observed costs for every model");
    return { name, costs: table.models.map((_, model) => fitLinearCost(costSamples(table, model))), unit: "USD" };
  }
  if (name === "list-price") return { name, costs: listPriceCosts(table.models), unit: "USD" };
  const means = meanQualities(table);
  const ranks = means.map((mean) => means.filter((other) => other < mean).length);
  const top = Math.max(1, table.models.length - 1);
  return { name, costs: ranks.map((rank) => ({ fixedUsd: rank / top, usdPerCharacter: 0 })), unit: "calls" };
}
