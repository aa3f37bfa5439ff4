// Routing benchmark on real per-prompt outcomes (issue 7): single models, random mixes, the rule
// and embedding classifiers with the default selector, the learned router over a λ sweep, and the
// oracle. Prints tables and writes decisions.jsonl, summary.json and cost-quality.svg to --out.
// Run:
//   npm run bench:routing -- --train data/train.jsonl --test data/test.jsonl --out bench-results/routing/x
//   npm run bench:routing -- --train /work/shared/data/routerbench/train.jsonl --holdout 0.3 --split-seed 7
//   npm run bench:routing -- --train <file> --holdout 0.3 --split-seeds 7,1,2,3,4,5   (mean and range over splits)
// Options: --cost-model auto|data|list-price|calls, --routers single,random,rules,embedding,knn,learned,format-prior,task-prior,oracle,
//          --artifact <learned-router.json> (evaluate a trained artefact), --l2 <penalty>,
//          --shared-l2 <penalty> (multi-task sharing across models), --seed <n>.

import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { modelFromArtifact } from "@/lib/router/learned/artifact/artifact-io";
import { benchSummary, decisionLines } from "@/lib/router/learned/bench/bench-summary";
import { formatBenchTables } from "@/lib/router/learned/bench/format-bench-table";
import { formatSplitSummary, type HeadlineFigures, headlineFigures, summariseSplits } from "@/lib/router/learned/bench/headline-figures";
import { renderCostQualitySvg } from "@/lib/router/learned/bench/render-cost-quality-svg";
import { runRoutingBench } from "@/lib/router/learned/bench/run-routing-bench";
import { parseBenchArguments } from "@/lib/router/learned/cli/bench-arguments";
import { readBenchmarkFile, splitDataset } from "@/lib/router/learned/cli/load-datasets";
import type { BenchmarkDataset } from "@/lib/router/learned/data/benchmark-types";

type Options = ReturnType<typeof parseBenchArguments>;

/** One held-out bench per split seed (training the learned router on each), summarised. */
async function sweepSplits(options: Options, trainFile: BenchmarkDataset, out: string): Promise<void> {
  const runs: HeadlineFigures[] = [];
  for (const splitSeed of options.splitSeeds!) {
    const { train, test } = splitDataset(trainFile, { seed: splitSeed, holdout: options.holdout! });
    const result = await runRoutingBench({
      train,
      test,
      costModel: options.costModel,
      seed: options.seed,
      routers: options.routers ?? ["random", "knn", "learned", "format-prior", "task-prior", "oracle"],
      trainOptions: { l2: options.l2, sharedL2: options.sharedL2 },
    });
    runs.push(headlineFigures(result));
    console.log(`split seed ${splitSeed}: ${test.rows.length} held-out rows, learned ${JSON.stringify(runs[runs.length - 1]!.learned ?? {})}`);
  }
  const summary = summariseSplits(runs);
  console.log(`\nMean [min–max] over split seeds ${options.splitSeeds!.join(", ")} (holdout ${options.holdout}):`);
  console.log(formatSplitSummary(summary));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "splits.json"), `${JSON.stringify({ train: options.train, holdout: options.holdout, splitSeeds: options.splitSeeds, runs, summary }, null, 2)}\n`);
  console.log(`\nWrote ${join(out, "splits.json")}.`);
}

async function main(): Promise<void> {
  const options = parseBenchArguments(process.argv.slice(2));
  const trainFile = readBenchmarkFile(options.train);
  if (options.splitSeeds) {
    const name = basename(dirname(options.train)) || "routing";
    await sweepSplits(options, trainFile, options.out ?? join("bench-results", "routing", `${name}-splits`));
    return;
  }
  const { train, test } =
    options.holdout !== undefined
      ? splitDataset(trainFile, { seed: options.splitSeed, holdout: options.holdout })
      : { train: trainFile, test: readBenchmarkFile(options.test!) };
  const name = basename(dirname(options.train)) || "routing";
  const out = options.out ?? join("bench-results", "routing", options.holdout !== undefined ? `${name}-holdout` : name);
  const learnedModel = options.artifact ? modelFromArtifact(JSON.parse(readFileSync(options.artifact, "utf8"))) : undefined;

  const started = performance.now();
  const result = await runRoutingBench({
    train,
    test,
    costModel: options.costModel,
    seed: options.seed,
    routers: options.routers,
    learnedModel,
    trainOptions: { l2: options.l2, sharedL2: options.sharedL2 },
    now: () => performance.now(),
  });
  console.log(formatBenchTables(result));

  mkdirSync(out, { recursive: true });
  const split =
    options.holdout !== undefined
      ? { holdout: options.holdout, splitSeed: options.splitSeed, trainRows: train.rows.length, testRows: test.rows.length }
      : { test: options.test };
  const summary = benchSummary(result, { train: options.train, ...split, artifact: options.artifact, seed: options.seed });
  writeFileSync(join(out, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(out, "cost-quality.svg"), renderCostQualitySvg(result, `Routing on ${name}: cost vs quality (${result.evaluation.rows.length} prompts)`));
  const decisions = createWriteStream(join(out, "decisions.jsonl"));
  for (const line of decisionLines(result)) {
    if (!decisions.write(`${line}\n`)) await new Promise<void>((resolve) => decisions.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => decisions.end(() => resolve()));
  console.log(`\nWrote ${join(out, "summary.json")}, decisions.jsonl and cost-quality.svg in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
