import { parseArgs } from "node:util";
import { z } from "zod";
import { ROUTER_KINDS } from "../bench/run-routing-bench";
import { COST_MODEL_NAMES } from "../cost/resolve-cost-model";

// Command-line options of `npm run bench:routing`, validated. Either --test names a test file, or
// --holdout (with --split-seed) holds out a seeded share of --train by id.

const benchArgumentsSchema = z
  .object({
    train: z.string().min(1, "--train <jsonl> is required"),
    test: z.string().min(1).optional(),
    holdout: z.coerce.number().gt(0).lt(1).optional(),
    splitSeed: z.coerce.number().int().default(7),
    /** Several split seeds: the held-out bench runs once per seed and summarises the figures. */
    splitSeeds: z
      .string()
      .transform((list) => list.split(",").map((seed) => Number(seed.trim())))
      .pipe(z.array(z.number().int()).min(2, "--split-seeds needs at least two seeds"))
      .optional(),
    out: z.string().min(1).optional(),
    costModel: z.enum(COST_MODEL_NAMES).default("auto"),
    routers: z
      .string()
      .transform((list) => list.split(",").map((name) => name.trim()))
      .pipe(z.array(z.enum(ROUTER_KINDS)))
      .optional(),
    artifact: z.string().min(1).optional(),
    l2: z.coerce.number().positive().optional(),
    sharedL2: z.coerce.number().positive().optional(),
    seed: z.coerce.number().int().default(0),
  })
  .refine((options) => (options.test === undefined) !== (options.holdout === undefined), {
    message: "give exactly one of --test <jsonl> or --holdout <share>",
  })
  .refine((options) => options.splitSeeds === undefined || options.holdout !== undefined, {
    message: "--split-seeds needs --holdout",
  })
  .refine((options) => options.splitSeeds === undefined || options.artifact === undefined, {
    message: "--split-seeds trains on each split: it cannot use one --artifact",
  });

export type BenchArguments = z.infer<typeof benchArgumentsSchema>;

export function parseBenchArguments(argv: readonly string[]): BenchArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      train: { type: "string" },
      test: { type: "string" },
      holdout: { type: "string" },
      "split-seed": { type: "string" },
      "split-seeds": { type: "string" },
      out: { type: "string" },
      "cost-model": { type: "string" },
      routers: { type: "string" },
      artifact: { type: "string" },
      l2: { type: "string" },
      "shared-l2": { type: "string" },
      seed: { type: "string" },
    },
    strict: true,
  });
  const parsed = benchArgumentsSchema.safeParse({
    ...values,
    splitSeed: values["split-seed"],
    splitSeeds: values["split-seeds"],
    costModel: values["cost-model"], sharedL2: values["shared-l2"],
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".") || "arguments"}: ${issue.message}`).join("\n"));
  return parsed.data;
}
