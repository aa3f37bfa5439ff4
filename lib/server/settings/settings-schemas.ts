import { z } from "zod";
import { DEFAULT_EMBEDDING_THRESHOLD } from "@/lib/router/classify/cascade-classifier";
import { DEFAULT_RESERVATION_MODE } from "@/lib/router/budget/reservation-amount";
import { DEFAULT_LEARNED_COST_WEIGHT } from "@/lib/router/policies/learned-policy";
import { BUDGET_EXHAUSTED_BEHAVIOURS, RESERVATION_MODES } from "@/lib/schemas/budget";
import { routingSettingsSchema, type RoutingSettings } from "@/lib/schemas/performance";

// Runtime settings as stored (JSON in the `settings` table, in their wire form). A stored value
// that no longer parses (an old version, a hand edit) falls back to the defaults field by field,
// never to an error at request time.

export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = {
  default_policy: "adaptive",
  default_classifier: "cascade",
  adaptive_algorithm: "epsilon_greedy",
  exploration_rate: 0.1,
  min_observations: 5,
  latency_weight: 0,
  decay_half_life_hours: 24 * 7,
  cascade_threshold: DEFAULT_EMBEDDING_THRESHOLD,
  cascade_use_llm: false,
  learned_lambda: DEFAULT_LEARNED_COST_WEIGHT,
};

const storedBudgetSettingsSchema = z.object({
  hourly_budget: z.number().positive().catch(10),
  on_exhausted: z.enum(BUDGET_EXHAUSTED_BEHAVIOURS).catch("refuse"),
  pacing: z.boolean().catch(false),
  // Settings stored before this field existed get the default: worst-case reservations.
  reservation: z.enum(RESERVATION_MODES).catch(DEFAULT_RESERVATION_MODE),
});
export type BudgetSettings = z.infer<typeof storedBudgetSettingsSchema>;
export const DEFAULT_BUDGET_SETTINGS: BudgetSettings = { hourly_budget: 10, on_exhausted: "refuse", pacing: false, reservation: DEFAULT_RESERVATION_MODE };

/** Each field of the stored routing settings, or its default when missing or invalid. */
export function parseStoredRoutingSettings(value: unknown): RoutingSettings {
  const stored = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_ROUTING_SETTINGS };
  for (const key of Object.keys(DEFAULT_ROUTING_SETTINGS) as (keyof RoutingSettings)[]) {
    const parsed = routingSettingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
  }
  return settings;
}

export function parseStoredBudgetSettings(value: unknown): BudgetSettings {
  return storedBudgetSettingsSchema.parse(typeof value === "object" && value !== null ? value : {});
}

export const HOUR_MS = 3_600_000;
export function halfLifeMsOf(settings: Pick<RoutingSettings, "decay_half_life_hours">): number {
  return Math.round(settings.decay_half_life_hours * HOUR_MS);
}
