import { estimateCallCost } from "../../cost/linear-cost";
import { promptFormat } from "../../features/prompt-format";
import { sweepByUtility } from "./utility-sweep";
import { strongAndCheap } from "./baseline-routers";
import type { BenchContext, BenchRouter, RouterRun } from "./bench-router";

// A prompt-only baseline the learned router must at least match: every prompt of one format
// signature (family, answer options, worked examples, blank; read from the prompt, never from a
// label) goes to the model with the best mean quality − λ × cost on that format in the training
// file. Formats with fewer than MIN_PROMPTS training prompts fall back to their family, then to
// all prompts.

const MIN_PROMPTS = 20;

interface Means {
  quality: Float64Array;
  weight: Float64Array;
  prompts: number;
}

export function formatPriorRouter(context: BenchContext): BenchRouter {
  const { train } = context;
  const count = train.models.length;
  const sums = new Map<string, Means>();
  const add = (key: string, scores: readonly (number | null)[]) => {
    let entry = sums.get(key);
    if (!entry) sums.set(key, (entry = { quality: new Float64Array(count), weight: new Float64Array(count), prompts: 0 }));
    entry.prompts++;
    scores.forEach((score, model) => {
      if (score === null) return;
      entry.quality[model]! += score;
      entry.weight[model]! += 1;
    });
  };
  for (const row of train.rows) {
    const format = promptFormat(row.prompt);
    for (const key of [`format:${format.signature}`, `family:${format.family}`, "all"]) add(key, row.scores);
  }
  const meansFor = (prompt: string): Float64Array => {
    const format = promptFormat(prompt);
    const key = [`format:${format.signature}`, `family:${format.family}`].find((candidate) => (sums.get(candidate)?.prompts ?? 0) >= MIN_PROMPTS);
    const entry = sums.get(key ?? "all")!;
    return Float64Array.from({ length: count }, (_, model) => (entry.weight[model]! > 0 ? entry.quality[model]! / entry.weight[model]! : 0));
  };
  return {
    name: "format-prior",
    description: `prompt-only baseline: per-format mean quality (formats read from the prompt; < ${MIN_PROMPTS} prompts back off to the family), swept over λ`,
    async run(evaluation): Promise<RouterRun> {
      const modelCount = evaluation.models.length;
      const columnOf = evaluation.models.map((model) => train.models.indexOf(model));
      const predicted = new Float64Array(evaluation.rows.length * modelCount);
      const estimated = new Float64Array(evaluation.rows.length * modelCount);
      evaluation.rows.forEach((row, rowIndex) => {
        const means = meansFor(row.prompt);
        columnOf.forEach((column, model) => {
          predicted[rowIndex * modelCount + model] = means[column]!;
          estimated[rowIndex * modelCount + model] = estimateCallCost(context.costModel.costs[column]!, row.prompt.length);
        });
      });
      const settings = sweepByUtility(evaluation, predicted, estimated);
      if (modelCount !== 2) return { settings };
      const strongIndex = evaluation.models.indexOf(train.models[strongAndCheap(context).strong]!);
      const strongScores = Float64Array.from(evaluation.rows, (_, row) => predicted[row * 2 + strongIndex]! - predicted[row * 2 + 1 - strongIndex]!);
      return { settings, strongScores };
    },
  };
}
