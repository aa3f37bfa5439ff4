import { defaultLocalEmbedder } from "../../../classify/default-local-embedder";
import { EmbeddingClassifier } from "../../../classify/embedding-classifier";
import { RuleClassifier } from "../../../classify/rule-classifier";
import { seededRandom } from "../../../learning/seeded-random";
import { StaticPolicy } from "../../../policies/static-policy";
import { DEFAULT_MODELS } from "../../../registry/default-models";
import { estimateModels } from "../../../select/estimate-models";
import { selectRoute } from "../../../select/select-route";
import { TokenEstimator } from "../../../tokens/token-estimator";
import type { Classification, ModelSpec } from "../../../types";
import { mapByQualityRank, registryRanks } from "../../predictor/map-registry-models";
import type { BenchContext, BenchRouter, RouterRun } from "./bench-router";

// The product's classifier-driven routing as it ships: classify the prompt (rules or local
// embeddings), let the default selector (quality floor per complexity, capabilities per task type,
// cheapest eligible model) pick among the six default registry models, then stand the chosen
// registry model in for the benchmark model of the same quality rank in the training file.

type Classify = (prompt: string) => Classification;

function meanTrainQuality(context: BenchContext): { id: string; quality: number }[] {
  return context.train.models.map((id, model) => {
    const scores = context.train.rows.map((row) => row.scores[model]).filter((score): score is number => score !== null && score !== undefined);
    return { id, quality: scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length) };
  });
}

function classifierRouter(input: { name: string; description: string; classify: Classify; context: BenchContext }): BenchRouter {
  const registry: readonly ModelSpec[] = DEFAULT_MODELS;
  const mapping = mapByQualityRank(registryRanks(registry), meanTrainQuality(input.context));
  const tokens = new TokenEstimator();
  const policy = new StaticPolicy();
  return {
    name: input.name,
    description: `${input.description}; registry → file models by quality rank: ${[...mapping].map(([from, to]) => `${from}→${to}`).join(", ")}`,
    async run(evaluation): Promise<RouterRun> {
      const random = seededRandom(input.context.seed);
      const choices = Int32Array.from(evaluation.rows, (row) => {
        const classification = input.classify(row.prompt);
        const estimates = estimateModels({ models: registry, request: { prompt: row.prompt }, classification, tokens });
        const selection = selectRoute({
          models: registry,
          estimates,
          classification,
          constraints: { relax: true },
          policy,
          random,
          now: 0,
        });
        return evaluation.models.indexOf(mapping.get(selection.ranking[0]!.model.id)!);
      });
      return { settings: [{ label: "default", choices }] };
    },
  };
}

export function ruleClassifierRouter(context: BenchContext): BenchRouter {
  const classifier = new RuleClassifier();
  return classifierRouter({
    name: "rules",
    description: "rule classifier + default selector",
    classify: (prompt) => classifier.classifySync(prompt),
    context,
  });
}

export function embeddingClassifierRouter(context: BenchContext): BenchRouter {
  const classifier = EmbeddingClassifier.createSync({ embedder: defaultLocalEmbedder() });
  return classifierRouter({
    name: "embedding",
    description: "local-embedding classifier (softmax head) + default selector",
    classify: (prompt) => classifier.classifySync(prompt)!,
    context,
  });
}
