import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { artifactFromModel } from "@/lib/router/learned/artifact/artifact-io";
import { resolveCostModel } from "@/lib/router/learned/cost/resolve-cost-model";
import { tableFromRatings, type RatedExample } from "@/lib/router/learned/train/quality-table";
import { DEFAULT_TRAIN_OPTIONS, trainQualityRouter } from "@/lib/router/learned/train/train-quality-router";
import type { SqlExecutor } from "@/lib/server/sql/sql-client";
import { ratedExamples } from "./rated-examples";
import { MINIMUM_RATED_MODELS, MINIMUM_RATED_PROMPTS } from "./retrain-requirements";

// `npm run learned:retrain`: trains the learned router on this app's own rated requests and writes
// the artefact the running app reloads by itself (data/learned-router.json by default). Registry
// ids are the artefact's model ids, so no quality-rank mapping is involved afterwards.

export class NotEnoughRatingsError extends Error {
  constructor(readonly prompts: number, readonly models: number) {
    super(
      `not enough ratings to learn from: ${prompts} rated prompt(s) over ${models} model(s); ` +
        `need at least ${MINIMUM_RATED_PROMPTS} prompts answered by at least ${MINIMUM_RATED_MODELS} models ` +
        `(rate answers in the playground, or POST /v1/feedback)`,
    );
    this.name = "NotEnoughRatingsError";
  }
}

export interface RetrainReport {
  examples: number;
  prompts: number;
  models: string[];
  outFile: string;
  bytes: number;
  seconds: number;
}

export async function retrainFromRatings(options: { executor: SqlExecutor; outFile: string }): Promise<RetrainReport> {
  const examples: RatedExample[] = [];
  for await (const example of ratedExamples(options.executor)) examples.push(example);
  const table = tableFromRatings(examples);
  if (table.prompts.length < MINIMUM_RATED_PROMPTS || table.models.length < MINIMUM_RATED_MODELS) {
    throw new NotEnoughRatingsError(table.prompts.length, table.models.length);
  }
  const started = performance.now();
  const costModel = resolveCostModel(table, "auto");
  const model = await trainQualityRouter(table, { costs: costModel.costs, seed: DEFAULT_TRAIN_OPTIONS.seed });
  const artifact = artifactFromModel(model, {
    source: "this app's rated requests",
    prompts: table.prompts.length,
    l2: DEFAULT_TRAIN_OPTIONS.l2,
    seed: DEFAULT_TRAIN_OPTIONS.seed,
    calibrationFolds: DEFAULT_TRAIN_OPTIONS.calibrationFolds,
    rows: `${examples.length} ratings`,
    costModel: `${costModel.name} (${costModel.unit})`,
  });
  const json = `${JSON.stringify(artifact)}\n`;
  // Write then rename: an instance reloading the file never reads half of it.
  mkdirSync(path.dirname(options.outFile), { recursive: true });
  const temporary = `${options.outFile}.${process.pid}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, options.outFile);
  return {
    examples: examples.length,
    prompts: table.prompts.length,
    models: [...table.models],
    outFile: options.outFile,
    bytes: Buffer.byteLength(json),
    seconds: (performance.now() - started) / 1000,
  };
}
