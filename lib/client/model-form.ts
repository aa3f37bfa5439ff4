import { CAPABILITIES, type Capability } from "@/lib/router/types";
import { modelCreateSchema, modelPatchSchema, type ModelCreateInput, type ModelPatch, type ModelResponse } from "@/lib/schemas/models";
import { fieldErrorsFromZod, numberFromInput, type FieldErrors } from "./form-errors";

// The registry editor's form: text inputs for every field of a model, converted to the API's
// create and patch bodies and validated by the API's own schemas (lib/schemas/models.ts).

export interface ModelFormValues {
  id: string;
  provider: string;
  provider_model: string;
  input_price_per_1m: string;
  output_price_per_1m: string;
  cached_input_price_per_1m: string;
  context_window: string;
  max_output_tokens: string;
  latency_ms: string;
  quality_score: string;
  capabilities: Capability[];
  enabled: boolean;
}

export const MODEL_FORM_FIELDS = [
  "id",
  "provider",
  "provider_model",
  "input_price_per_1m",
  "output_price_per_1m",
  "cached_input_price_per_1m",
  "context_window",
  "max_output_tokens",
  "latency_ms",
  "quality_score",
  "capabilities",
  "enabled",
] as const;

export function emptyModelForm(provider: string): ModelFormValues {
  return {
    id: "",
    provider,
    provider_model: "",
    input_price_per_1m: "",
    output_price_per_1m: "",
    cached_input_price_per_1m: "",
    context_window: "128000",
    max_output_tokens: "4096",
    latency_ms: "1000",
    quality_score: "",
    capabilities: [],
    enabled: true,
  };
}

const priceText = (price: number | null) => (price === null ? "" : String(price));

export function modelToFormValues(model: ModelResponse): ModelFormValues {
  return {
    id: model.id,
    provider: model.provider,
    provider_model: model.provider_model,
    input_price_per_1m: priceText(model.input_price_per_1m),
    output_price_per_1m: priceText(model.output_price_per_1m),
    cached_input_price_per_1m: priceText(model.cached_input_price_per_1m),
    context_window: String(model.context_window),
    max_output_tokens: String(model.max_output_tokens),
    latency_ms: String(model.latency_ms),
    quality_score: String(model.quality_score),
    capabilities: CAPABILITIES.filter((capability) => model.capabilities.includes(capability)),
    enabled: model.enabled,
  };
}

/** An empty price box means "unpriced" (null), as the API defines it. */
const priceFromInput = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

function toBody(values: ModelFormValues): ModelCreateInput {
  return {
    id: values.id.trim(),
    provider: values.provider,
    provider_model: values.provider_model.trim(),
    input_price_per_1m: priceFromInput(values.input_price_per_1m),
    output_price_per_1m: priceFromInput(values.output_price_per_1m),
    cached_input_price_per_1m: priceFromInput(values.cached_input_price_per_1m),
    context_window: numberFromInput(values.context_window) as number,
    max_output_tokens: numberFromInput(values.max_output_tokens) as number,
    latency_ms: numberFromInput(values.latency_ms) as number,
    quality_score: numberFromInput(values.quality_score) as number,
    capabilities: values.capabilities,
    enabled: values.enabled,
  };
}

export type FormResult<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

const REQUIRED_NUMBERS = ["context_window", "max_output_tokens", "latency_ms", "quality_score"] as const;

/** An empty required number box says "is required" rather than the schema's type message. */
function missingNumbers(values: ModelFormValues): FieldErrors {
  return Object.fromEntries(REQUIRED_NUMBERS.filter((field) => values[field].trim() === "").map((field) => [field, "Is required"]));
}

function failure(errors: FieldErrors, values: ModelFormValues): { ok: false; errors: FieldErrors } {
  return { ok: false, errors: { ...errors, ...missingNumbers(values) } };
}

export function parseModelCreate(values: ModelFormValues): FormResult<ModelCreateInput> {
  const body = toBody(values);
  const parsed = modelCreateSchema.safeParse(body);
  return parsed.success ? { ok: true, body } : failure(fieldErrorsFromZod(parsed.error), values);
}

const comparable = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);

/** Only the fields that differ from the stored model; no difference is reported as "nothing changed". */
export function parseModelPatch(original: ModelResponse, values: ModelFormValues): FormResult<ModelPatch> {
  const { id: _id, ...edited } = toBody(values);
  void _id;
  const patch = Object.fromEntries(
    Object.entries(edited).filter(([field, value]) => comparable(value) !== comparable(original[field as keyof ModelResponse])),
  );
  const parsed = modelPatchSchema.safeParse(patch);
  return parsed.success ? { ok: true, body: parsed.data } : failure(fieldErrorsFromZod(parsed.error), values);
}
