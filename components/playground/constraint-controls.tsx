import { Field, fieldIds } from "@/components/ui/field";
import { INPUT_CLASS, LABEL_CLASS } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/client/form-errors";
import type { PlaygroundFormValues } from "@/lib/client/playground-form";
import { CLASSIFIER_NAMES, POLICY_NAMES } from "@/lib/router/types";
import type { RoutingSettings } from "@/lib/schemas/performance";

interface Props {
  formId: string;
  values: PlaygroundFormValues;
  errors: FieldErrors;
  providers: readonly string[];
  defaults: RoutingSettings | undefined;
  onChange: (patch: Partial<PlaygroundFormValues>) => void;
}

const NUMBER_FIELDS = [
  { name: "minQuality", wire: "min_quality", label: "Minimum quality", placeholder: "0–1, e.g. 0.85", step: "0.01" },
  { name: "maxCost", wire: "max_cost", label: "Maximum cost (USD)", placeholder: "e.g. 0.002", step: "any" },
  { name: "maxLatencyMs", wire: "max_latency_ms", label: "Maximum latency (ms)", placeholder: "e.g. 1000", step: "1" },
  { name: "maxTokens", wire: "max_tokens", label: "Max answer tokens", placeholder: "model default", step: "1" },
] as const;

/** The caller's constraints and the routing choices, as the API takes them. */
export function ConstraintControls({ formId, values, errors, providers, defaults, onChange }: Props) {
  const toggleProvider = (provider: string, on: boolean) =>
    onChange({ providers: on ? [...values.providers, provider] : values.providers.filter((item) => item !== provider) });
  const select = (name: "policy" | "classifier", options: readonly string[], fallback: string | undefined) => {
    const ids = fieldIds(formId, name);
    return (
      <Field label={name === "policy" ? "Policy" : "Classifier"} htmlFor={ids.input} errorId={ids.error} error={errors[name]}>
        <select id={ids.input} value={values[name]} onChange={(event) => onChange({ [name]: event.target.value })} className={INPUT_CLASS}>
          <option value="">Default{fallback ? ` (${fallback})` : ""}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </Field>
    );
  };

  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {NUMBER_FIELDS.map((field) => {
          const ids = fieldIds(formId, field.name);
          const error = errors[field.wire];
          return (
            <Field key={field.name} label={field.label} htmlFor={ids.input} errorId={ids.error} error={error}>
              <input
                id={ids.input}
                type="number"
                inputMode="decimal"
                min="0"
                step={field.step}
                placeholder={field.placeholder}
                value={values[field.name]}
                onChange={(event) => onChange({ [field.name]: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? ids.error : undefined}
                className={INPUT_CLASS}
              />
            </Field>
          );
        })}
      </div>
      <div className="grid grid-cols-2 gap-3">
        {select("policy", POLICY_NAMES, defaults?.default_policy)}
        {select("classifier", CLASSIFIER_NAMES, defaults?.default_classifier)}
      </div>
      <div>
        <fieldset>
          <legend className={LABEL_CLASS}>Providers {values.providers.length === 0 ? <span className="font-normal text-slate-500">(any)</span> : null}</legend>
          <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1.5">
            {providers.map((provider) => (
              <label key={provider} className="inline-flex items-center gap-1.5 text-sm">
                <input type="checkbox" checked={values.providers.includes(provider)} onChange={(event) => toggleProvider(provider, event.target.checked)} />
                {provider}
              </label>
            ))}
            <label className="inline-flex items-center gap-1.5 text-sm" title="When nothing is eligible, lower the quality floor, then the latency bound">
              <input type="checkbox" checked={values.relax} onChange={(event) => onChange({ relax: event.target.checked })} />
              Relax when nothing fits
            </label>
          </div>
          {errors.provider ? <p className="mt-1 text-xs font-medium text-rose-600 dark:text-rose-400">{errors.provider}</p> : null}
        </fieldset>
      </div>
    </div>
  );
}
