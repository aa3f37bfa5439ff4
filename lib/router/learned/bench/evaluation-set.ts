import { estimateCallCost } from "../cost/linear-cost";
import type { ResolvedCostModel } from "../cost/resolve-cost-model";
import type { BenchmarkDataset, BenchmarkRow } from "../data/benchmark-types";

// The test prompts a benchmark scores routers on, with every model's quality and cost on each.
// Rows flagged `contaminated` and rows missing any model's outcome are left out (and counted), so
// every router is scored on exactly the same prompts. Costs are the file's own when it has them
// and the cost model is "data"; otherwise the cost model's estimate for the prompt.

export interface EvaluationSet {
  models: readonly string[];
  rows: readonly BenchmarkRow[];
  /** Row-major rows × models. */
  quality: Float64Array;
  cost: Float64Array;
  /** Task group of each row for per-group metrics (e.g. "mmlu", "gsm8k"); reporting only. */
  groups: readonly string[];
  excluded: { contaminated: number; missingOutcome: number };
  costUnit: "USD" | "calls";
}

/** "mmlu-abstract_algebra" → "mmlu", "mt-bench-writing" → "mt-bench", "gsm8k" → "gsm8k". */
export function taskGroup(sourceTask: string | undefined): string {
  if (!sourceTask) return "all";
  if (sourceTask.startsWith("mt-bench")) return "mt-bench";
  return sourceTask.split(/[-.]/)[0] ?? sourceTask;
}

export function buildEvaluationSet(input: { test: BenchmarkDataset; models: readonly string[]; costModel: ResolvedCostModel }): EvaluationSet {
  const { test, models, costModel } = input;
  const columnOf = models.map((model) => test.models.indexOf(model));
  const missingModel = models.find((_, index) => columnOf[index] === -1);
  if (missingModel) throw new RangeError(`the test file has no scores for "${missingModel}"`);
  const useFileCosts = costModel.name === "data" && test.hasCosts;
  const rows: BenchmarkRow[] = [];
  let contaminated = 0;
  let missingOutcome = 0;
  for (const row of test.rows) {
    if (row.contaminated) contaminated++;
    else if (columnOf.some((column) => row.scores[column] === null || (useFileCosts && row.costs?.[column] === null))) missingOutcome++;
    else rows.push(row);
  }
  const quality = new Float64Array(rows.length * models.length);
  const cost = new Float64Array(rows.length * models.length);
  rows.forEach((row, rowIndex) => {
    columnOf.forEach((column, model) => {
      const cell = rowIndex * models.length + model;
      quality[cell] = row.scores[column]!;
      cost[cell] = useFileCosts ? row.costs![column]! : estimateCallCost(costModel.costs[model]!, row.prompt.length);
    });
  });
  return {
    models,
    rows,
    quality,
    cost,
    groups: rows.map((row) => taskGroup(row.sourceTask)),
    excluded: { contaminated, missingOutcome },
    costUnit: costModel.unit,
  };
}
