"use client";

import { useState } from "react";
import { Field, fieldIds } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { buttonClass, INPUT_CLASS, LABEL_CLASS } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { fieldErrorsFromApi, type FieldErrors } from "@/lib/client/form-errors";
import { NUMERIC_SETTINGS, settingsToForm, settingsUpdateFromForm, type RoutingSettingsForm as FormValues } from "@/lib/client/routing-settings-form";
import { CLASSIFIER_NAMES, POLICY_NAMES } from "@/lib/router/types";
import { ADAPTIVE_ALGORITHMS, type RoutingSettings } from "@/lib/schemas/performance";

const FORM_ID = "routing-settings";
const NUMBER_LABELS: Record<(typeof NUMERIC_SETTINGS)[number], { label: string; hint: string }> = {
  exploration_rate: { label: "Exploration rate (ε)", hint: "Share of decisions that try a non-best model, 0–1" },
  min_observations: { label: "Minimum observations", hint: "Before epsilon-greedy trusts a model's record" },
  decay_half_life_hours: { label: "Decay half-life (hours)", hint: "Older evidence counts half after this long" },
  latency_weight: { label: "Latency weight", hint: "How much slowness lowers a model's score, 0–10" },
  cascade_threshold: { label: "Cascade threshold", hint: "Below this confidence the next classifier is asked" },
  learned_lambda: { label: "Learned λ", hint: "Learned policy: quality − λ × cost (USD)" },
};
const ALGORITHM_LABELS = { epsilon_greedy: "Epsilon-greedy", thompson: "Thompson sampling" } as const;

/** Policy settings: the default policy and classifier, the bandit algorithm, exploration and decay. */
export function RoutingSettingsForm({ settings }: { settings: RoutingSettings }) {
  // What the server holds now: the next save sends only what differs from it.
  const [baseline, setBaseline] = useState(settings);
  const [values, setValues] = useState<FormValues>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const change = (patch: Partial<FormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setStatus("idle");
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = settingsUpdateFromForm(baseline, values);
    if (!result.ok) return setErrors(result.errors);
    setStatus("saving");
    try {
      const saved = await api.updateRoutingSettings(result.update);
      setBaseline(saved);
      setErrors({});
      setStatus("saved");
    } catch (error) {
      setErrors(fieldErrorsFromApi(toApiError(error), [...NUMERIC_SETTINGS, "default_policy", "default_classifier", "adaptive_algorithm"]));
      setStatus("idle");
    }
  }

  const select = (name: "default_policy" | "default_classifier", label: string, options: readonly string[]) => {
    const ids = fieldIds(FORM_ID, name);
    return (
      <Field label={label} htmlFor={ids.input} errorId={ids.error} error={errors[name]}>
        <select id={ids.input} value={values[name]} onChange={(event) => change({ [name]: event.target.value })} className={INPUT_CLASS}>
          {options.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </Field>
    );
  };

  return (
    <form onSubmit={submit} aria-label="Routing policy settings" noValidate className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {select("default_policy", "Default policy", POLICY_NAMES)}
        {select("default_classifier", "Default classifier", CLASSIFIER_NAMES)}
        <fieldset>
          <legend className={LABEL_CLASS}>Adaptive algorithm</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {ADAPTIVE_ALGORITHMS.map((algorithm) => (
              <label key={algorithm} className="inline-flex items-center gap-1.5 text-sm">
                <input type="radio" name="adaptive_algorithm" checked={values.adaptive_algorithm === algorithm} onChange={() => change({ adaptive_algorithm: algorithm })} />
                {ALGORITHM_LABELS[algorithm]}
              </label>
            ))}
          </div>
        </fieldset>
        {NUMERIC_SETTINGS.map((name) => {
          const ids = fieldIds(FORM_ID, name);
          return (
            <Field key={name} label={NUMBER_LABELS[name].label} htmlFor={ids.input} errorId={ids.error} error={errors[name]} hint={NUMBER_LABELS[name].hint} hintId={ids.hint}>
              <input
                id={ids.input}
                type="number"
                step="any"
                min="0"
                inputMode="decimal"
                value={values[name]}
                onChange={(event) => change({ [name]: event.target.value })}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={errors[name] ? ids.error : ids.hint}
                className={INPUT_CLASS}
              />
            </Field>
          );
        })}
        <label className="inline-flex items-center gap-2 self-end text-sm">
          <input type="checkbox" checked={values.cascade_use_llm} onChange={(event) => change({ cascade_use_llm: event.target.checked })} />
          Cascade may ask the LLM classifier
        </label>
      </div>
      <FormError errors={errors} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={status === "saving"} className={buttonClass("primary")}>
          {status === "saving" ? "Saving…" : "Save settings"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
          {status === "saved" ? "✓ Settings saved; new requests use them now." : ""}
        </p>
      </div>
    </form>
  );
}
