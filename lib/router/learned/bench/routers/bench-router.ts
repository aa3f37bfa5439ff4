import type { ResolvedCostModel } from "../../cost/resolve-cost-model";
import type { BenchmarkDataset } from "../../data/benchmark-types";
import type { EvaluationSet } from "../evaluation-set";

// A router under benchmark: prepared on the training file, then asked for its decisions on every
// evaluation prompt at each of its settings (λ values, mix probabilities, or a single default).

export interface RouterSetting {
  label: string;
  /** Index into `EvaluationSet.models` per evaluation row. */
  choices: Int32Array;
}

export interface RouterRun {
  settings: RouterSetting[];
  /**
   * For two-model files: a per-row score where higher means "more worth the strong model". When
   * present, RouteLLM's PGR curve is computed by thresholding it at share quantiles per task group.
   */
  strongScores?: Float64Array;
}

export interface BenchRouter {
  readonly name: string;
  readonly description: string;
  run(evaluation: EvaluationSet): Promise<RouterRun>;
}

export interface BenchContext {
  train: BenchmarkDataset;
  costModel: ResolvedCostModel;
  seed: number;
}
