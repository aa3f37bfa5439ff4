import type { BenchmarkDataset, BenchmarkRow } from "./benchmark-types";
import { benchmarkRowSchema, type BenchmarkRowInput } from "./benchmark-row-schema";

// Parses a benchmark JSONL file. A bad line rejects the whole file with its line number and the
// field at fault: a router trained on half-parsed data would be silently wrong.

export class BenchmarkFileError extends Error {
  override readonly name = "BenchmarkFileError";
  constructor(
    readonly source: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${source}:${line}: ${detail}`);
  }
}

const TEN_POINT_SCALE = /\b1\s*[-–]\s*10\b/;

/** Maps one score to [0, 1]: 1–10 judge scores (MT-Bench) become (s − 1) / 9. */
function normaliseScore(score: number, tenPoint: boolean): number {
  return tenPoint ? (score - 1) / 9 : score;
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(row)"}: ${issue.message}`)
    .join("; ");
}

function checkScores(row: BenchmarkRowInput, tenPoint: boolean): string | undefined {
  const [low, high] = tenPoint ? [1, 10] : [0, 1];
  for (const [model, score] of Object.entries(row.scores)) {
    if (score !== null && (score < low || score > high)) {
      const hint = tenPoint ? "" : ' (declare "score_scale": "1-10" for judge scores)';
      return `scores.${model} = ${score} is outside [${low}, ${high}]${hint}`;
    }
  }
  return undefined;
}

export function parseBenchmarkJsonl(text: string, source = "benchmark"): BenchmarkDataset {
  const parsed: BenchmarkRowInput[] = [];
  const lineOf: number[] = [];
  const lines = text.split("\n");
  const seenIds = new Set<string>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new BenchmarkFileError(source, index + 1, "not valid JSON");
    }
    const result = benchmarkRowSchema.safeParse(json);
    if (!result.success) throw new BenchmarkFileError(source, index + 1, describeIssues(result.error));
    const row = result.data;
    const scoreProblem = checkScores(row, TEN_POINT_SCALE.test(row.score_scale ?? ""));
    if (scoreProblem) throw new BenchmarkFileError(source, index + 1, scoreProblem);
    if (seenIds.has(row.id)) throw new BenchmarkFileError(source, index + 1, `duplicate id "${row.id}"`);
    seenIds.add(row.id);
    parsed.push(row);
    lineOf.push(index + 1);
  }
  if (parsed.length === 0) throw new BenchmarkFileError(source, 0, "the file has no rows");

  const models: string[] = [];
  const known = new Set<string>();
  for (const row of parsed) {
    for (const model of Object.keys(row.scores)) {
      if (!known.has(model)) {
        known.add(model);
        models.push(model);
      }
    }
  }
  const hasCosts = parsed.every((row) => row.costs !== undefined);
  const rows: BenchmarkRow[] = parsed.map((row) => {
    const tenPoint = TEN_POINT_SCALE.test(row.score_scale ?? "");
    return {
      id: row.id,
      prompt: row.prompt,
      sourceTask: row.source_task,
      scores: models.map((model) => {
        const score = row.scores[model];
        return score === undefined || score === null ? null : normaliseScore(score, tenPoint);
      }),
      costs: hasCosts ? models.map((model) => row.costs?.[model] ?? null) : undefined,
      contaminated: row.contaminated ?? false,
    };
  });
  return { models, rows, hasCosts };
}
