import { parseArgs } from "node:util";
import { z } from "zod";
import { COST_MODEL_NAMES } from "../cost/resolve-cost-model";

// Command-line options of `npm run train:router`, validated. Training data is a benchmark file
// (--data) or the app's rated requests (--ratings: JSONL of {prompt, model, quality[, costUsd]}).

const trainArgumentsSchema = z
  .object({
    data: z.string().min(1).optional(),
    ratings: z.string().min(1).optional(),
    out: z.string().min(1, "--out <artefact.json> is required"),
    holdout: z.coerce.number().gt(0).lt(1).optional(),
    splitSeed: z.coerce.number().int().default(7),
    costModel: z.enum(COST_MODEL_NAMES).default("auto"),
    l2: z.coerce.number().positive().optional(),
    sharedL2: z.coerce.number().positive().optional(),
    folds: z.coerce.number().int().min(0).max(20).default(5),
    seed: z.coerce.number().int().default(0),
  })
  .refine((options) => (options.data === undefined) !== (options.ratings === undefined), {
    message: "give exactly one of --data <benchmark.jsonl> or --ratings <ratings.jsonl>",
  })
  .refine((options) => options.holdout === undefined || options.data !== undefined, {
    message: "--holdout applies to --data files",
  });

export type TrainArguments = z.infer<typeof trainArgumentsSchema>;

export function parseTrainArguments(argv: readonly string[]): TrainArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: "string" },
      ratings: { type: "string" },
      out: { type: "string" },
      holdout: { type: "string" },
      "split-seed": { type: "string" },
      "cost-model": { type: "string" },
      l2: { type: "string" },
      "shared-l2": { type: "string" },
      folds: { type: "string" },
      seed: { type: "string" },
    },
    strict: true,
  });
  const parsed = trainArgumentsSchema.safeParse({ ...values, splitSeed: values["split-seed"], costModel: values["cost-model"], sharedL2: values["shared-l2"] });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".") || "arguments"}: ${issue.message}`).join("\n"));
  return parsed.data;
}
