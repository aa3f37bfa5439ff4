import { z } from "zod";
import { RESERVATION_MODES } from "@/lib/router/budget/reservation-amount";
import { isoDateTimeSchema, usdSchema } from "./common";

// GET/PUT /v1/budget: the hourly budget (per UTC hour) and the current hour's ledger.

export const BUDGET_EXHAUSTED_BEHAVIOURS = ["refuse", "cheapest"] as const;
export const PACING_STATES = ["off", "on_track", "ahead", "low_budget", "exhausted"] as const;
export { RESERVATION_MODES };
const RESERVATION_DESCRIPTION =
  "What each call holds against the hour while it runs. worst_case: its prompt plus the longest answer it may produce (max_tokens, else the model's output limit), so the hour never ends over budget; expected: its prompt plus the expected answer, so more calls fit but answers longer than expected can take the hour over budget.";

export const budgetUpdateSchema = z
  .object({
    hourly_budget: z.number().finite().positive("must be a positive amount of USD").max(1_000_000),
    on_exhausted: z.enum(BUDGET_EXHAUSTED_BEHAVIOURS).optional().describe("refuse: 429; cheapest: only the cheapest eligible model."),
    pacing: z.boolean().optional().describe("Let the quality floor follow the hour's spend rate."),
    reservation: z.enum(RESERVATION_MODES).optional().describe(RESERVATION_DESCRIPTION),
  })
  .strict()
  .meta({ id: "BudgetUpdate" });
export type BudgetUpdate = z.infer<typeof budgetUpdateSchema>;

export const budgetResponseSchema = z
  .object({
    hourly_budget: usdSchema,
    hour_start: isoDateTimeSchema,
    current_hour_spend: usdSchema,
    reserved: usdSchema.describe("What calls in flight hold: their worst-case or expected cost, as `reservation` says."),
    remaining: usdSchema,
    utilization_percent: z.number(),
    requests_this_hour: z.number().int(),
    on_exhausted: z.enum(BUDGET_EXHAUSTED_BEHAVIOURS),
    pacing: z.boolean(),
    reservation: z.enum(RESERVATION_MODES).describe(RESERVATION_DESCRIPTION),
    pacing_state: z.enum(PACING_STATES),
    floor_drop: z.number().describe("How much the quality floor is lowered right now."),
  })
  .meta({ id: "Budget" });
export type BudgetResponse = z.infer<typeof budgetResponseSchema>;
