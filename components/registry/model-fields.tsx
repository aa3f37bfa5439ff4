import { Field, fieldIds } from "@/components/ui/field";
import { INPUT_CLASS, LABEL_CLASS } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/client/form-errors";
import type { ModelFormValues } from "@/lib/client/model-form";
import { CAPABILITIES, type Capability } from "@/lib/router/types";

type TextField = Exclude<keyof ModelFormValues, "capabilities" | "enabled" | "provider">;

const TEXT_FIELDS: { name: TextField; label: string; hint?: string; numeric?: boolean }[] = [
  { name: "id", label: "Model id", hint: "What callers and the router call it, e.g. my-llama-70b" },
  { name: "provider_model", label: "Provider model name", hint: "The name the provider's API expects" },
  { name: "input_price_per_1m", label: "Input $ / 1M tokens", hint: "Empty = unpriced", numeric: true },
  { name: "output_price_per_1m", label: "Output $ / 1M tokens", hint: "Empty = unpriced", numeric: true },
  { name: "cached_input_price_per_1m", label: "Cached input $ / 1M", hint: "Empty = no cache price", numeric: true },
  { name: "context_window", label: "Context window (tokens)", numeric: true },
  { name: "max_output_tokens", label: "Max output tokens", numeric: true },
  { name: "latency_ms", label: "Typical latency (ms)", numeric: true },
  { name: "quality_score", label: "Quality (0–1)", numeric: true },
];

interface Props {
  formId: string;
  values: ModelFormValues;
  errors: FieldErrors;
  providers: readonly string[];
  creating: boolean;
  onChange: (patch: Partial<ModelFormValues>) => void;
}

/** Every editable field of a model, with the API's validation message under the field it is about. */
export function ModelFields({ formId, values, errors, providers, creating, onChange }: Props) {
  const provider = fieldIds(formId, "provider");
  const toggle = (capability: Capability, on: boolean) =>
    onChange({ capabilities: on ? [...values.capabilities, capability] : values.capabilities.filter((item) => item !== capability) });
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {TEXT_FIELDS.filter((field) => creating || field.name !== "id").map((field) => {
        const ids = fieldIds(formId, field.name);
        const error = errors[field.name];
        return (
          <Field key={field.name} label={field.label} htmlFor={ids.input} errorId={ids.error} error={error} hint={field.hint} hintId={ids.hint}>
            <input
              id={ids.input}
              type={field.numeric ? "number" : "text"}
              step="any"
              inputMode={field.numeric ? "decimal" : undefined}
              value={values[field.name]}
              onChange={(event) => onChange({ [field.name]: event.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? ids.error : field.hint ? ids.hint : undefined}
              className={INPUT_CLASS}
            />
          </Field>
        );
      })}
      <Field label="Provider" htmlFor={provider.input} errorId={provider.error} error={errors.provider}>
        <select
          id={provider.input}
          value={values.provider}
          onChange={(event) => onChange({ provider: event.target.value })}
          aria-invalid={errors.provider ? true : undefined}
          aria-describedby={errors.provider ? provider.error : undefined}
          className={INPUT_CLASS}
        >
          {providers.includes(values.provider) ? null : <option value={values.provider}>{values.provider || "Choose…"}</option>}
          {providers.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="sm:col-span-2 lg:col-span-4">
        <legend className={LABEL_CLASS}>Capabilities</legend>
        <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1.5">
          {CAPABILITIES.map((capability) => (
            <label key={capability} className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={values.capabilities.includes(capability)} onChange={(event) => toggle(capability, event.target.checked)} />
              {capability.replace("_", " ")}
            </label>
          ))}
          <label className="inline-flex items-center gap-1.5 text-sm font-medium">
            <input type="checkbox" checked={values.enabled} onChange={(event) => onChange({ enabled: event.target.checked })} />
            Enabled
          </label>
        </div>
        {errors.capabilities ? <p className="mt-1 text-xs font-medium text-rose-600 dark:text-rose-400">{errors.capabilities}</p> : null}
      </fieldset>
    </div>
  );
}
