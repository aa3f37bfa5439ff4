import { readFileSync } from "node:fs";
import type { BenchmarkDataset } from "../data/benchmark-types";
import { BenchmarkFileError, parseBenchmarkJsonl } from "../data/parse-benchmark";
import { splitById } from "../data/split-by-id";
import { type RatedExample, ratedExampleSchema } from "../train/quality-table";

// File loading shared by the bench:routing and train:router scripts: read a JSONL file, and
// optionally keep only one side of the seeded held-out split by id.

export function readBenchmarkFile(path: string): BenchmarkDataset {
  return parseBenchmarkJsonl(readFileSync(path, "utf8"), path);
}

export function splitDataset(dataset: BenchmarkDataset, options: { seed: number; holdout: number }) {
  const { train, test } = splitById(dataset.rows, options);
  return { train: { ...dataset, rows: train }, test: { ...dataset, rows: test } };
}

/** The app's rated requests, one JSON object per line: {prompt, model, quality[, costUsd]}. */
export function readRatingsFile(path: string): RatedExample[] {
  const ratings: RatedExample[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new BenchmarkFileError(path, index + 1, "not valid JSON");
      }
      const result = ratedExampleSchema.safeParse(json);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new BenchmarkFileError(path, index + 1, `${issue?.path.join(".") || "(row)"}: ${issue?.message ?? "invalid"}`);
      }
      ratings.push(result.data);
    });
  if (ratings.length === 0) throw new BenchmarkFileError(path, 0, "the file has no ratings");
  return ratings;
}
