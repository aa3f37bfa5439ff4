import { z } from "zod";

export const circuitBreakerOptionsSchema = z.object({
  /** Consecutive failures that open the circuit. */
  failureThreshold: z.number().int().min(1).max(1000).default(5),
  /** Or: this failure rate over the window, once the window holds enough requests. */
  failureRateThreshold: z.number().gt(0).max(1).default(0.5),
  windowMs: z.number().int().min(1000).max(3_600_000).default(60_000),
  minRequestsInWindow: z.number().int().min(1).max(100_000).default(20),
  /** First cooldown; each further trip without a recovery in between multiplies it, up to the cap. */
  cooldownMs: z.number().int().min(0).max(3_600_000).default(30_000),
  cooldownMultiplier: z.number().min(1).max(10).default(2),
  maxCooldownMs: z.number().int().min(0).max(86_400_000).default(300_000),
  /** A half-open probe that never reports (its caller vanished) frees its slot after this long. */
  probeTimeoutMs: z.number().int().min(1).max(3_600_000).default(120_000),
});

export type CircuitBreakerOptions = z.infer<typeof circuitBreakerOptionsSchema>;
export type CircuitBreakerOptionsInput = z.input<typeof circuitBreakerOptionsSchema>;
