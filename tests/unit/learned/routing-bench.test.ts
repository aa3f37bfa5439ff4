import { describe, expect, it } from "vitest";
import { decisionLines } from "@/lib/router/learned/bench/bench-summary";
import { formatBenchTables } from "@/lib/router/learned/bench/format-bench-table";
import { renderCostQualitySvg } from "@/lib/router/learned/bench/render-cost-quality-svg";
import { runRoutingBench } from "@/lib/router/learned/bench/run-routing-bench";
import { parseBenchArguments } from "@/lib/router/learned/cli/bench-arguments";
import { parseTrainArguments } from "@/lib/router/learned/cli/train-arguments";
import type { BenchmarkDataset, BenchmarkRow } from "@/lib/router/learned/data/benchmark-types";

// A two-model file where the weak model fails exactly the arithmetic prompts: a good router sends
// those (and only those) to the strong one.
function dataset(offset: number, count: number): BenchmarkDataset {
  const rows: BenchmarkRow[] = [];
  for (let index = offset; index < offset + count; index++) {
    const hard = index % 3 === 0;
    rows.push({
      id: `row-${index}`,
      prompt: hard
        ? `Compute ${index} times ${index + 7} plus ${index * 3} and explain each step.`
        : `Tell me a fun fact about animal number ${index}.`,
      sourceTask: hard ? "maths" : "chat",
      scores: [1, hard ? 0 : 1],
      costs: undefined,
      contaminated: index === offset + 1,
    });
  }
  return { models: ["strong", "weak"], rows, hasCosts: false };
}

describe("the routing benchmark", async () => {
  const result = await runRoutingBench({ train: dataset(0, 120), test: dataset(1_000, 60), costModel: "auto", seed: 1 });

  it("scores every router on the same prompts, leaving contaminated ones out", () => {
    expect(result.evaluation.rows).toHaveLength(59);
    expect(result.evaluation.excluded).toEqual({ contaminated: 1, missingOutcome: 0 });
    expect(result.costModelName).toBe("calls");
    expect(result.routers.map((router) => router.name)).toEqual([
      "single:strong",
      "single:weak",
      "random",
      "rules",
      "embedding",
      "knn",
      "learned",
      "format-prior",
      "task-prior",
      "oracle",
    ]);
  });

  it("finds that the learned router recovers the gap with a third of the strong calls", () => {
    const learned = result.routers.find((router) => router.name === "learned")!;
    const groups = learned.score.groups!;
    expect(groups.all!.apgr).toBeGreaterThan(0.75);
    expect(groups.all!.cpt80).toBeLessThan(0.5);
    const random = result.routers.find((router) => router.name === "random")!;
    expect(random.score.groups!.all!.apgr).toBeLessThan(groups.all!.apgr);
    // The prompt-only format baseline separates the arithmetic prompts by their format alone.
    const formatPrior = result.routers.find((router) => router.name === "format-prior")!;
    expect(formatPrior.score.groups!.all!.apgr).toBeGreaterThan(random.score.groups!.all!.apgr);
    const oracle = result.routers.find((router) => router.name === "oracle")!;
    expect(Math.max(...oracle.score.points.map((point) => point.quality))).toBe(1);
  });

  it("writes one decision per router, setting and prompt, and a chart and tables", () => {
    const lines = [...decisionLines(result)];
    const settings = result.routers.reduce((sum, router) => sum + router.settings.length, 0);
    expect(lines).toHaveLength(settings * 59);
    expect(JSON.parse(lines[0]!)).toEqual({ router: "single:strong", setting: "always", id: "row-1000", model: "strong" });
    expect(renderCostQualitySvg(result, "t")).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(formatBenchTables(result)).toMatch(/learned\s+all\s+59/);
  });
});

describe("command-line options", () => {
  it("needs exactly one of --test and --holdout", () => {
    expect(parseBenchArguments(["--train", "a.jsonl", "--holdout", "0.3"])).toMatchObject({ holdout: 0.3, splitSeed: 7, costModel: "auto" });
    expect(() => parseBenchArguments(["--train", "a.jsonl"])).toThrow(/exactly one of --test/);
    expect(() => parseBenchArguments(["--train", "a", "--test", "b", "--holdout", "0.3"])).toThrow(/exactly one/);
    expect(() => parseBenchArguments(["--train", "a", "--test", "b", "--routers", "learned,magic"])).toThrow(/routers/);
    expect(() => parseBenchArguments(["--train", "a", "--test", "b", "--bogus", "1"])).toThrow();
  });

  it("trains from a benchmark file or from ratings, not both", () => {
    expect(parseTrainArguments(["--data", "a.jsonl", "--out", "m.json", "--l2", "3"])).toMatchObject({ l2: 3, folds: 5, seed: 0 });
    expect(() => parseTrainArguments(["--data", "a", "--ratings", "b", "--out", "m.json"])).toThrow(/exactly one/);
    expect(() => parseTrainArguments(["--ratings", "b", "--holdout", "0.2", "--out", "m.json"])).toThrow(/--holdout applies/);
    expect(() => parseTrainArguments(["--data", "a", "--out", "m.json", "--l2", "-1"])).toThrow(/l2/);
  });
});
