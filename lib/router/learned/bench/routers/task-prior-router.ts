import { sweepByUtility } from "./utility-sweep";
import { estimateCallCost } from "../../cost/linear-cost";
import { strongAndCheap } from "./baseline-routers";
import type { BenchContext, BenchRouter, RouterRun } from "./bench-router";

// A reference bound, not a router the product could run: it reads each row's `source_task` label
// (which prompt-only routers never see) and routes every prompt of a task to the model with the
// best mean quality − λ × mean cost on that task in the training file. A learned router that
// matches it has learned the task; beating it needs prompt-level signal.

export function taskPriorRouter(context: BenchContext): BenchRouter {
  const { train } = context;
  const count = train.models.length;
  const sums = new Map<string, { quality: Float64Array; weight: Float64Array }>();
  for (const row of train.rows) {
    const key = row.sourceTask ?? "all";
    let entry = sums.get(key);
    if (!entry) {
      entry = { quality: new Float64Array(count), weight: new Float64Array(count) };
      sums.set(key, entry);
    }
    row.scores.forEach((score, model) => {
      if (score === null) return;
      entry.quality[model]! += score;
      entry.weight[model]! += 1;
    });
  }
  const meanOf = (key: string) => {
    const entry = sums.get(key);
    return Float64Array.from({ length: count }, (_, model) => (entry && entry.weight[model]! > 0 ? entry.quality[model]! / entry.weight[model]! : 0));
  };
  return {
    name: "task-prior",
    description: "reference bound: per-task mean quality from the training file's source_task labels, swept over λ",
    async run(evaluation): Promise<RouterRun> {
      const columnOf = evaluation.models.map((model) => train.models.indexOf(model));
      const taskMeans = new Map<string, Float64Array>();
      const predicted = new Float64Array(evaluation.rows.length * evaluation.models.length);
      const estimated = new Float64Array(evaluation.rows.length * evaluation.models.length);
      evaluation.rows.forEach((row, rowIndex) => {
        const key = row.sourceTask ?? "all";
        if (!taskMeans.has(key)) taskMeans.set(key, meanOf(key));
        const means = taskMeans.get(key)!;
        columnOf.forEach((column, model) => {
          predicted[rowIndex * evaluation.models.length + model] = means[column]!;
          estimated[rowIndex * evaluation.models.length + model] = estimateCallCost(context.costModel.costs[column]!, row.prompt.length);
        });
      });
      const modelCount = evaluation.models.length;
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
