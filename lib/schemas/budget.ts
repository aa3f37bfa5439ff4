import { z } from "zod";
import { isoDateTimeSchema, usdSchema } from "./common";

// GET/PUT /v1/budget: the hourly budget (per UTC hour) and the current hour's ledger.

export const BUDGET_EXHAUSTED_BEHAVIOURS = ["refuse", "cheapest"] as const;
export const PACING_STATES = ["off", "on_track", "ahead", "low_budget", "exhausted"] as const;

export const budgetUpdateSchema = z
  .object({
    hourly_budget: z.number().finite().positive("must be a positive amount of USD").max(1_000_000),
    on_exhausted: z.enum(BUDGET_EXHAUSTED_BEHAVIOURS).optional().describe("refuse: 429; cheapest: only the cheapest eligible model."),
    pacing: z.boolean().optional().describe("Let the quality floor follow the hour's spend rate."),
  })
  .strict()
  .meta({ id: "BudgetUpdate" });
export type BudgetUpdate = z.infer<typeof budgetUpdateSchema>;

export const budgetResponseSchema = z
  .object({
    hourly_budget: usdSchema,
    hour_start: isoDateTimeSchema,
    current_hour_spend: usdSchema,
    reserved: usdSchema.describe("Estimated cost of calls in flight."),
    remaining: usdSchema,
    utilization_percent: z.number(),
    requests_this_hour: z.number().int(),
    on_exhausted: z.enum(BUDGET_EXHAUSTED_BEHAVIOURS),
    pacing: z.boolean(),
    pacing_state: z.enum(PACING_STATES),
    floor_drop: z.number().describe("How much the quality floor is lowered right now."),
  })
  .meta({ id: "Budget" });
export type BudgetResponse = z.infer<typeof budgetResponseSchema>;
