// Trains the learned router (issue 7) and writes its artefact (JSON, deterministic for the same
// data and options). Prints the time taken, the artefact's size and its cross-fitted frontier.
// Run:
//   npm run train:router -- --data /work/shared/data/routerbench/train.jsonl --out lib/router/learned/artifacts/routerbench.json
//   npm run train:router -- --data <file> --holdout 0.3 --split-seed 7 --out <artefact>   (train side of the split only)
//   npm run train:router -- --ratings exported-ratings.jsonl --out <artefact>             (the app's own rated requests)
// Options: --cost-model auto|data|list-price|calls, --l2 <penalty>, --shared-l2 <penalty> (multi-task sharing),
//          --folds <n> (cross-fitted calibration and frontier; 0 = neither), --seed <n>.

import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { artifactFromModel } from "@/lib/router/learned/artifact/artifact-io";
import { readBenchmarkFile, readRatingsFile, splitDataset } from "@/lib/router/learned/cli/load-datasets";
import { parseTrainArguments } from "@/lib/router/learned/cli/train-arguments";
import { resolveCostModel } from "@/lib/router/learned/cost/resolve-cost-model";
import { solveCostWeight, UnreachableTargetError } from "@/lib/router/learned/routing/solve-cost-weight";
import { type QualityTable, tableFromDataset, tableFromRatings } from "@/lib/router/learned/train/quality-table";
import { DEFAULT_TRAIN_OPTIONS, type TrainingReport, trainQualityRouter } from "@/lib/router/learned/train/train-quality-router";

function loadTable(options: ReturnType<typeof parseTrainArguments>): { table: QualityTable; source: string; rows: string } {
  if (options.ratings) return { table: tableFromRatings(readRatingsFile(options.ratings)), source: basename(options.ratings), rows: "all ratings" };
  const dataset = readBenchmarkFile(options.data!);
  const source = `${basename(dirname(options.data!))}/${basename(options.data!)}`;
  if (options.holdout === undefined) return { table: tableFromDataset(dataset), source, rows: "all rows" };
  const { train } = splitDataset(dataset, { seed: options.splitSeed, holdout: options.holdout });
  return { table: tableFromDataset(train), source, rows: `train side of split seed ${options.splitSeed}, holdout ${options.holdout}` };
}

async function main(): Promise<void> {
  const options = parseTrainArguments(process.argv.slice(2));
  const { table, source, rows } = loadTable(options);
  const costModel = resolveCostModel(table, options.costModel);
  const started = performance.now();
  const report: TrainingReport = { calibration: undefined };
  const model = await trainQualityRouter(
    table,
    { l2: options.l2, sharedL2: options.sharedL2, calibrationFolds: options.folds, seed: options.seed, costs: costModel.costs },
    report,
  );
  const seconds = (performance.now() - started) / 1000;
  const artifact = artifactFromModel(model, {
    source,
    prompts: table.prompts.length,
    l2: options.l2 ?? DEFAULT_TRAIN_OPTIONS.l2,
    sharedL2: options.sharedL2,
    seed: options.seed,
    calibrationFolds: options.folds,
    rows,
    costModel: `${costModel.name} (${costModel.unit})`,
  });
  const json = `${JSON.stringify(artifact)}\n`;
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, json);
  console.log(`Trained on ${table.prompts.length} prompts × ${table.models.length} models (${rows}) in ${seconds.toFixed(1)} s.`);
  console.log(`Wrote ${options.out}: ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB.`);
  if (model.frontier.length === 0) return;
  if (report.calibration) {
    const { setting, scores } = report.calibration;
    const table = scores.map((score) => `${score.setting.mode}/${score.setting.precision} ${score.aiq.toFixed(4)}`).join(", ");
    console.log(`Calibration chosen by cross-validated frontier area (AIQ): ${setting.mode}, shrinkage ${setting.precision} (${table}).`);
  }
  const best = model.models.reduce((top, candidate) => (candidate.meanQuality > top.meanQuality ? candidate : top));
  console.log(`Cross-fitted frontier (${options.folds} folds), against the best model ${best.id} (mean quality ${best.meanQuality.toFixed(3)}):`);
  for (const share of [1, 0.99, 0.95]) {
    try {
      const costWeight = solveCostWeight(model.frontier, { kind: "quality", quality: share * best.meanQuality });
      const point = model.frontier.find((candidate) => candidate.costWeight === costWeight)!;
      console.log(`  ${(share * 100).toFixed(0)}% of its quality: λ = ${costWeight.toPrecision(3)} → quality ${point.quality.toFixed(3)}, cost ${point.costUsd.toPrecision(3)} ${costModel.unit}/prompt`);
    } catch (error) {
      if (!(error instanceof UnreachableTargetError)) throw error;
      console.log(`  ${(share * 100).toFixed(0)}% of its quality: ${error.message}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
