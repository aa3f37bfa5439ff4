import { z } from "zod";

const rate = z.number().min(0).max(1);

/** Failure injection, each a probability per call; together they must not exceed 1. */
const simulatorFaultsSchema = z
  .object({
    /** HTTP 500 server errors. */
    errorRate: rate.default(0),
    /** HTTP 429 with a retry-after header. */
    rateLimitRate: rate.default(0),
    rateLimitRetryAfterSeconds: z.number().min(0).max(600).default(1),
    /** The provider never answers; the attempt ends at the executor's timeout. */
    timeoutRate: rate.default(0),
    /** A 200 whose body is not a valid response. */
    malformedRate: rate.default(0),
    /** Streams that break midway, after some text was delivered (non-streaming calls ignore it). */
    streamBreakRate: rate.default(0),
  })
  .refine(
    (faults) => faults.errorRate + faults.rateLimitRate + faults.timeoutRate + faults.malformedRate + faults.streamBreakRate <= 1,
    { message: "fault rates must add up to at most 1" },
  );

export const simulatorConfigSchema = z.object({
  /** Same seed, same sequence of calls: same answers, latencies and injected failures. */
  seed: z.number().int().default(1),
  /** Multiplies each model's registered latency; 0 answers instantly (tests). */
  latencyScale: z.number().min(0).max(100).default(1),
  faults: simulatorFaultsSchema.prefault({}),
});

export type SimulatorConfig = z.infer<typeof simulatorConfigSchema>;
export type SimulatorConfigInput = z.input<typeof simulatorConfigSchema>;
export type SimulatorFaults = z.infer<typeof simulatorFaultsSchema>;
