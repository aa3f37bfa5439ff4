import { z } from "zod";

// One line of a routing benchmark JSONL file (RouterBench and RouteLLM exports share this shape).
// Unknown fields (question, n_shots, oracle, turns, …) are allowed and ignored: the router reads
// the prompt alone.

const modelKey = z.string().min(1, "model names must not be empty");

export const benchmarkRowSchema = z.looseObject({
  id: z.string().min(1, "id must be a non-empty string"),
  source_task: z.string().optional(),
  prompt: z.string().min(1, "prompt must be a non-empty string"),
  scores: z
    .record(modelKey, z.number().finite().nullable())
    .refine((scores) => Object.keys(scores).length > 0, "scores must name at least one model"),
  costs: z.record(modelKey, z.number().finite().nonnegative().nullable()).optional(),
  contaminated: z.boolean().optional(),
  /** E.g. "gpt-4 judge 1-10, mean over turns": scores on a 1–10 scale are mapped to [0, 1]. */
  score_scale: z.string().optional(),
});

export type BenchmarkRowInput = z.infer<typeof benchmarkRowSchema>;
