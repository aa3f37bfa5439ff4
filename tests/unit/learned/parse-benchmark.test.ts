import { describe, expect, it } from "vitest";
import { BenchmarkFileError, parseBenchmarkJsonl } from "@/lib/router/learned/data/parse-benchmark";
import { isHeldOut, splitById } from "@/lib/router/learned/data/split-by-id";
import { tableFromDataset, tableFromRatings } from "@/lib/router/learned/train/quality-table";

const line = (row: Record<string, unknown>) => JSON.stringify(row);
const routerBenchRow = {
  id: "arc.1",
  source_task: "arc-challenge",
  prompt: "Which gas do plants absorb?\nA) oxygen\nB) carbon dioxide\nAnswer:",
  question: "ignored extra field",
  scores: { strong: 1, weak: 0 },
  costs: { strong: 0.005, weak: 0.0003 },
};

describe("parsing a benchmark file", () => {
  it("reads rows, models in first-seen order, costs and the contamination flag", () => {
    const text = [
      line(routerBenchRow),
      "",
      line({ ...routerBenchRow, id: "arc.2", scores: { strong: 0, weak: null }, contaminated: true }),
    ].join("\n");
    const dataset = parseBenchmarkJsonl(text, "rb.jsonl");
    expect(dataset.models).toEqual(["strong", "weak"]);
    expect(dataset.hasCosts).toBe(true);
    expect(dataset.rows).toHaveLength(2);
    expect(dataset.rows[0]).toMatchObject({ id: "arc.1", sourceTask: "arc-challenge", scores: [1, 0], costs: [0.005, 0.0003], contaminated: false });
    expect(dataset.rows[1]).toMatchObject({ scores: [0, null], contaminated: true });
  });

  it("maps 1–10 judge scores (MT-Bench) to [0, 1]", () => {
    const dataset = parseBenchmarkJsonl(
      line({ id: "mt.81", prompt: "Write a blog post.", scores: { strong: 10, weak: 5.5 }, score_scale: "gpt-4 judge 1-10, mean over turns" }),
    );
    expect(dataset.rows[0]!.scores).toEqual([1, 0.5]);
    expect(dataset.hasCosts).toBe(false);
  });

  it.each([
    ["not JSON", "{oops", /rb\.jsonl:1: not valid JSON/],
    ["a missing prompt", line({ id: "x", scores: { a: 1 } }), /rb\.jsonl:1: prompt: /],
    ["an empty prompt", line({ id: "x", prompt: "", scores: { a: 1 } }), /prompt must be a non-empty string/],
    ["no scores", line({ id: "x", prompt: "p", scores: {} }), /scores must name at least one model/],
    ["a score out of range", line({ id: "x", prompt: "p", scores: { a: 7 } }), /scores\.a = 7 is outside \[0, 1\].*score_scale/],
    ["a negative cost", line({ id: "x", prompt: "p", scores: { a: 1 }, costs: { a: -1 } }), /costs\.a/],
    ["a text score", line({ id: "x", prompt: "p", scores: { a: "1" } }), /scores\.a/],
  ])("rejects %s with the line and field", (_, text, message) => {
    expect(() => parseBenchmarkJsonl(text, "rb.jsonl")).toThrow(message);
  });

  it("reports the line of the bad row, not of the first", () => {
    const text = [line(routerBenchRow), line({ ...routerBenchRow, id: "arc.2", scores: { strong: 2 } })].join("\n");
    expect(() => parseBenchmarkJsonl(text, "rb.jsonl")).toThrow(/rb\.jsonl:2: /);
  });

  it("rejects duplicate ids and empty files", () => {
    expect(() => parseBenchmarkJsonl([line(routerBenchRow), line(routerBenchRow)].join("\n"))).toThrow(/duplicate id "arc\.1"/);
    expect(() => parseBenchmarkJsonl("\n\n")).toThrow(BenchmarkFileError);
  });
});

describe("the held-out split", () => {
  const rows = Array.from({ length: 2_000 }, (_, index) => ({ id: `row-${index}` }));

  it("depends only on the id and the seed", () => {
    const first = splitById(rows, { seed: 7, holdout: 0.3 });
    const shuffled = splitById([...rows].reverse(), { seed: 7, holdout: 0.3 });
    expect(new Set(shuffled.test.map((row) => row.id))).toEqual(new Set(first.test.map((row) => row.id)));
    expect(first.test.length / rows.length).toBeGreaterThan(0.26);
    expect(first.test.length / rows.length).toBeLessThan(0.34);
    const otherSeed = splitById(rows, { seed: 8, holdout: 0.3 });
    expect(otherSeed.test.map((row) => row.id)).not.toEqual(first.test.map((row) => row.id));
    expect(isHeldOut("row-1", { seed: 7, holdout: 0.3 })).toBe(first.test.some((row) => row.id === "row-1"));
  });

  it("rejects a holdout outside (0, 1)", () => {
    expect(() => splitById(rows, { seed: 7, holdout: 1 })).toThrow(RangeError);
  });
});

describe("quality tables", () => {
  it("marks missing outcomes with weight 0", () => {
    const dataset = parseBenchmarkJsonl(line({ ...routerBenchRow, scores: { strong: 1, weak: null } }));
    const table = tableFromDataset(dataset);
    expect([...table.targets]).toEqual([1, 0]);
    expect([...table.weights]).toEqual([1, 0]);
    expect([...table.costs!]).toEqual([0.005, 0.0003]);
  });

  it("groups the app's ratings by prompt and averages repeated ratings", () => {
    const table = tableFromRatings([
      { prompt: "p1", model: "gpt-4o", quality: 1 },
      { prompt: "p1", model: "gpt-4o", quality: 0.5 },
      { prompt: "p2", model: "claude-3-5-haiku", quality: 0.2, costUsd: 0.001 },
    ]);
    expect(table.models).toEqual(["claude-3-5-haiku", "gpt-4o"]);
    expect(table.prompts).toEqual(["p1", "p2"]);
    expect([...table.targets]).toEqual([0, 0.75, 0.2, 0]);
    expect([...table.weights]).toEqual([0, 2, 1, 0]);
    expect(table.costs![2]).toBe(0.001);
    expect(() => tableFromRatings([{ prompt: "p", model: "m", quality: 1.5 }])).toThrow(/rating 0/);
  });
});
