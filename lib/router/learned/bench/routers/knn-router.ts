import { estimateCallCost } from "../../cost/linear-cost";
import { featurisePrompt, fitFeaturiser } from "../../features/prompt-featuriser";
import { sweepByUtility } from "./utility-sweep";
import type { BenchContext, BenchRouter, RouterRun } from "./bench-router";
import { strongAndCheap } from "./baseline-routers";

// The reference the issue quotes: a plain TF-IDF k-nearest-neighbour router. Each model's expected
// quality on a prompt is the similarity-weighted mean of its quality on the k most similar training
// prompts (cosine over hashed word and bigram TF-IDF), swept over λ like the learned router.

export function knnRouter(context: BenchContext, k = 40): BenchRouter {
  return {
    name: "knn",
    description: `TF-IDF k-nearest-neighbour router (k = ${k}), swept over λ`,
    async run(evaluation): Promise<RouterRun> {
      const { train } = context;
      const state = fitFeaturiser(train.rows.map((row) => row.prompt), { denseScale: 0, familyScale: 0 });
      const ngramColumns = 1 << state.bits;
      // Inverted index: n-gram bucket → (training row, weight).
      const postings = new Map<number, { row: number; value: number }[]>();
      train.rows.forEach((row, rowIndex) => {
        const features = featurisePrompt(state, row.prompt);
        features.indices.forEach((bucket, entry) => {
          if (bucket >= ngramColumns) return;
          const list = postings.get(bucket);
          const posting = { row: rowIndex, value: features.values[entry]! };
          if (list) list.push(posting);
          else postings.set(bucket, [posting]);
        });
      });
      const modelCount = evaluation.models.length;
      const columnOf = evaluation.models.map((model) => train.models.indexOf(model));
      const predicted = new Float64Array(evaluation.rows.length * modelCount);
      const estimated = new Float64Array(evaluation.rows.length * modelCount);
      const similarity = new Float64Array(train.rows.length);
      evaluation.rows.forEach((row, rowIndex) => {
        similarity.fill(0);
        const features = featurisePrompt(state, row.prompt);
        features.indices.forEach((bucket, entry) => {
          for (const posting of postings.get(bucket) ?? []) similarity[posting.row]! += posting.value * features.values[entry]!;
        });
        const nearest = [...similarity.keys()].sort((left, right) => similarity[right]! - similarity[left]! || left - right).slice(0, k);
        columnOf.forEach((column, model) => {
          let sum = 0;
          let weight = 0;
          for (const neighbour of nearest) {
            const score = train.rows[neighbour]!.scores[column];
            if (score === null || score === undefined) continue;
            const neighbourWeight = Math.max(similarity[neighbour]!, 1e-6);
            sum += neighbourWeight * score;
            weight += neighbourWeight;
          }
          predicted[rowIndex * modelCount + model] = weight > 0 ? sum / weight : 0;
          estimated[rowIndex * modelCount + model] = estimateCallCost(context.costModel.costs[column]!, row.prompt.length);
        });
      });
      const settings = sweepByUtility(evaluation, predicted, estimated);
      if (modelCount !== 2) return { settings };
      const strongIndex = evaluation.models.indexOf(train.models[strongAndCheap(context).strong]!);
      const strongScores = Float64Array.from(evaluation.rows, (_, row) => {
        const gain = predicted[row * 2 + strongIndex]! - predicted[row * 2 + 1 - strongIndex]!;
        const extra = estimated[row * 2 + strongIndex]! - estimated[row * 2 + 1 - strongIndex]!;
        return extra > 0 ? gain / extra : gain;
      });
      return { settings, strongScores };
    },
  };
}
