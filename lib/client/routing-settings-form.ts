import type { ClassifierName, PolicyName } from "@/lib/router/types";
import { routingSettingsUpdateSchema, type RoutingSettings, type RoutingSettingsUpdate } from "@/lib/schemas/performance";
import { fieldErrorsFromZod, numberFromInput, type FieldErrors } from "./form-errors";

// The routing-policy settings form: numbers as typed text, converted to a PUT /v1/settings/routing
// body holding only what changed, validated by the API's schema.

export const NUMERIC_SETTINGS = [
  "exploration_rate",
  "min_observations",
  "decay_half_life_hours",
  "latency_weight",
  "cascade_threshold",
  "learned_lambda",
] as const;
type NumericSetting = (typeof NUMERIC_SETTINGS)[number];

export type RoutingSettingsForm = Record<NumericSetting, string> & {
  default_policy: PolicyName;
  default_classifier: ClassifierName;
  adaptive_algorithm: RoutingSettings["adaptive_algorithm"];
  cascade_use_llm: boolean;
};

export function settingsToForm(settings: RoutingSettings): RoutingSettingsForm {
  const numbers = Object.fromEntries(NUMERIC_SETTINGS.map((field) => [field, String(settings[field])])) as Record<NumericSetting, string>;
  return {
    ...numbers,
    default_policy: settings.default_policy,
    default_classifier: settings.default_classifier,
    adaptive_algorithm: settings.adaptive_algorithm,
    cascade_use_llm: settings.cascade_use_llm,
  };
}

export type SettingsUpdateResult = { ok: true; update: RoutingSettingsUpdate } | { ok: false; errors: FieldErrors };

export function settingsUpdateFromForm(original: RoutingSettings, form: RoutingSettingsForm): SettingsUpdateResult {
  const candidate: Record<string, unknown> = {};
  for (const field of NUMERIC_SETTINGS) {
    const value = numberFromInput(form[field]);
    if (value === undefined) return { ok: false, errors: { [field]: "Is required" } };
    if (value !== original[field]) candidate[field] = value;
  }
  for (const field of ["default_policy", "default_classifier", "adaptive_algorithm", "cascade_use_llm"] as const) {
    if (form[field] !== original[field]) candidate[field] = form[field];
  }
  const parsed = routingSettingsUpdateSchema.safeParse(candidate);
  return parsed.success ? { ok: true, update: parsed.data } : { ok: false, errors: fieldErrorsFromZod(parsed.error) };
}
