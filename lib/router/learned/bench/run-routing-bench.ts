import { type CostModelName, resolveCostModel } from "../cost/resolve-cost-model";
import type { BenchmarkDataset } from "../data/benchmark-types";
import type { LearnedQualityModel } from "../predictor/learned-quality-model";
import { tableFromDataset } from "../train/quality-table";
import type { TrainOptions } from "../train/train-quality-router";
import { buildEvaluationSet, type EvaluationSet } from "./evaluation-set";
import { oracleRouter, randomMixRouter, singleModelRouter, strongAndCheap } from "./routers/baseline-routers";
import type { BenchContext, BenchRouter, RouterSetting } from "./routers/bench-router";
import { embeddingClassifierRouter, ruleClassifierRouter } from "./routers/classifier-routers";
import { formatPriorRouter } from "./routers/format-prior-router";
import { knnRouter } from "./routers/knn-router";
import { learnedRouter } from "./routers/learned-router";
import { taskPriorRouter } from "./routers/task-prior-router";
import { type RouterScore, scoreRouter } from "./score-router";

// The routing benchmark: every router prepared on the training file and scored on the same
// evaluation prompts of the test file. Each router is a module behind BenchRouter, so adding one
// is one entry in `routerFactories`.

export const ROUTER_KINDS = ["single", "random", "rules", "embedding", "knn", "learned", "format-prior", "task-prior", "oracle"] as const;
export type RouterKind = (typeof ROUTER_KINDS)[number];

export interface BenchInput {
  train: BenchmarkDataset;
  test: BenchmarkDataset;
  costModel: CostModelName;
  seed: number;
  routers?: readonly RouterKind[];
  /** Evaluate this trained model instead of training one on `train`. */
  learnedModel?: LearnedQualityModel;
  trainOptions?: TrainOptions;
  /** Wall-clock source for per-router timings (injected so the run stays testable). */
  now?: () => number;
}

export interface RouterResult {
  name: string;
  kind: RouterKind;
  description: string;
  seconds: number;
  settings: RouterSetting[];
  score: RouterScore;
}

export interface BenchResult {
  evaluation: EvaluationSet;
  costModelName: string;
  reference: { model: string; quality: number; costUsd: number };
  strongModel?: string;
  routers: RouterResult[];
}

function routerFactories(context: BenchContext, input: BenchInput): [RouterKind, BenchRouter][] {
  return [
    ...context.train.models.map((model) => ["single", singleModelRouter(model)] as [RouterKind, BenchRouter]),
    ["random", randomMixRouter(context)],
    ["rules", ruleClassifierRouter(context)],
    ["embedding", embeddingClassifierRouter(context)],
    ["knn", knnRouter(context)],
    ["learned", learnedRouter(context, { model: input.learnedModel, train: input.trainOptions })],
    ["format-prior", formatPriorRouter(context)],
    ["task-prior", taskPriorRouter(context)],
    ["oracle", oracleRouter(context)],
  ];
}

export async function runRoutingBench(input: BenchInput): Promise<BenchResult> {
  const now = input.now ?? (() => 0);
  const costModel = resolveCostModel(tableFromDataset(input.train), input.costModel);
  const context: BenchContext = { train: input.train, costModel, seed: input.seed };
  const evaluation = buildEvaluationSet({ test: input.test, models: input.train.models, costModel });
  if (evaluation.rows.length === 0) throw new RangeError("no evaluation rows left after excluding contaminated and incomplete ones");
  const count = evaluation.models.length;
  const meanOf = (table: Float64Array, model: number) => {
    let sum = 0;
    for (let row = 0; row < evaluation.rows.length; row++) sum += table[row * count + model]!;
    return sum / evaluation.rows.length;
  };
  const qualities = evaluation.models.map((_, model) => meanOf(evaluation.quality, model));
  const costs = evaluation.models.map((_, model) => meanOf(evaluation.cost, model));
  const best = qualities.indexOf(Math.max(...qualities));
  const reference = { model: evaluation.models[best]!, quality: qualities[best]!, costUsd: costs[best]! };
  const strongModel = count === 2 ? input.train.models[strongAndCheap(context).strong] : undefined;
  const scoreContext = {
    evaluation,
    reference,
    costRange: { minCostUsd: Math.min(...costs), maxCostUsd: Math.max(...costs) },
    strongIndex: strongModel === undefined ? undefined : evaluation.models.indexOf(strongModel),
  };
  const wanted = new Set(input.routers ?? ROUTER_KINDS);
  const routers: RouterResult[] = [];
  for (const [kind, router] of routerFactories(context, input)) {
    if (!wanted.has(kind)) continue;
    const started = now();
    const run = await router.run(evaluation);
    const seconds = (now() - started) / 1000;
    routers.push({ name: router.name, kind, description: router.description, seconds, settings: run.settings, score: scoreRouter(scoreContext, run) });
  }
  return { evaluation, costModelName: costModel.name, reference, strongModel, routers };
}
