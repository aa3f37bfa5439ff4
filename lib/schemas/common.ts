import { z } from "zod";

// Pieces shared by several resources' schemas. The wire format is snake_case; money is USD.

export const errorBodySchema = z
  .object({
    error: z
      .object({
        type: z.string().describe("Machine-readable error type, e.g. validation_error, not_found, budget_exceeded."),
        message: z.string(),
        param: z.string().optional().describe("The request field the error is about, when there is one."),
      })
      .loose(),
  })
  .meta({ id: "Error" });

export const METRICS_WINDOWS = ["1h", "24h", "7d", "30d"] as const;
export const metricsWindowSchema = z.enum(METRICS_WINDOWS).default("24h");
export type MetricsWindow = (typeof METRICS_WINDOWS)[number];

/** USD amounts on the wire; null when a model is unpriced or nothing was billed. */
export const usdSchema = z.number().finite();

export const tokenUsageSchema = z.object({
  input_tokens: z.number().int().min(0),
  cached_input_tokens: z.number().int().min(0),
  output_tokens: z.number().int().min(0),
});

/** Keyset pagination: `cursor` is opaque; pass `next_cursor` back to get the next page. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
