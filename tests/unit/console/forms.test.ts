import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import { fieldErrorsFromApi, numberFromInput } from "@/lib/client/form-errors";
import { emptyModelForm, modelToFormValues, parseModelCreate, parseModelPatch } from "@/lib/client/model-form";
import { settingsToForm, settingsUpdateFromForm } from "@/lib/client/routing-settings-form";
import type { ModelResponse } from "@/lib/schemas/models";
import type { RoutingSettings } from "@/lib/schemas/performance";

const stored: ModelResponse = {
  id: "cheap-genius",
  provider: "openai",
  provider_model: "gpt-4o-mini",
  input_price_per_1m: 0.01,
  output_price_per_1m: 0.02,
  cached_input_price_per_1m: null,
  context_window: 128_000,
  max_output_tokens: 4_096,
  latency_ms: 300,
  quality_score: 0.99,
  capabilities: ["reasoning", "code"],
  enabled: true,
  created_at: "2026-11-25T10:00:00.000Z",
  updated_at: "2026-11-25T10:00:00.000Z",
};

describe("model form", () => {
  it("builds a create body where an empty price means unpriced", () => {
    const values = { ...emptyModelForm("openai"), id: "m1", provider_model: "x", input_price_per_1m: "1", quality_score: "0.8" };
    const result = parseModelCreate(values);
    expect(result).toMatchObject({ ok: true, body: { id: "m1", input_price_per_1m: 1, output_price_per_1m: null, quality_score: 0.8 } });
  });

  it("puts the API schema's messages next to the fields: negative price, quality above 1, bad id, missing number", () => {
    const values = { ...emptyModelForm("openai"), id: "-bad", provider_model: "x", input_price_per_1m: "-1", quality_score: "1.5", latency_ms: "" };
    const result = parseModelCreate(values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.input_price_per_1m).toBe("Must not be negative");
    expect(result.errors.quality_score).toBe("Must be between 0 and 1");
    expect(result.errors.id).toMatch(/^May contain letters/);
    expect(result.errors.latency_ms).toBe("Is required");
  });

  it("reports max output above the context window at max_output_tokens", () => {
    const result = parseModelCreate({ ...emptyModelForm("openai"), id: "m", provider_model: "x", quality_score: "0.5", context_window: "100", max_output_tokens: "200" });
    expect(result).toMatchObject({ ok: false, errors: { max_output_tokens: "Must not exceed context_window" } });
  });

  it("patches only the changed fields, ignoring capability order", () => {
    const values = { ...modelToFormValues(stored), capabilities: [...stored.capabilities].reverse(), quality_score: "0.5" };
    expect(parseModelPatch(stored, values)).toEqual({ ok: true, body: { quality_score: 0.5 } });
    expect(parseModelPatch(stored, modelToFormValues(stored))).toEqual({ ok: false, errors: { _form: "Must change at least one field" } });
  });
});

describe("form errors", () => {
  it("maps an API error's param to the field it names, or to the form", () => {
    const duplicate = new ApiError({ status: 409, type: "conflict", message: "a model with this id exists", param: "id" });
    expect(fieldErrorsFromApi(duplicate, ["id"])).toEqual({ id: "A model with this id exists" });
    const nested = new ApiError({ status: 422, type: "validation_error", message: "bad", param: "capabilities[0]" });
    expect(fieldErrorsFromApi(nested, ["capabilities"])).toEqual({ capabilities: "Bad" });
    expect(fieldErrorsFromApi(new ApiError({ status: 500, type: "internal_error", message: "failed" }), ["id"])).toEqual({ _form: "Failed" });
  });

  it("reads number inputs: empty is missing, garbage is NaN for the schema to reject", () => {
    expect(numberFromInput(" ")).toBeUndefined();
    expect(numberFromInput("0.25")).toBe(0.25);
    expect(numberFromInput("abc")).toBeNaN();
  });
});

describe("routing settings form", () => {
  const settings: RoutingSettings = {
    default_policy: "adaptive",
    default_classifier: "cascade",
    adaptive_algorithm: "epsilon_greedy",
    exploration_rate: 0.1,
    min_observations: 5,
    latency_weight: 0,
    decay_half_life_hours: 168,
    cascade_threshold: 0.5,
    cascade_use_llm: false,
    learned_lambda: 50,
  };

  it("sends only what changed", () => {
    const form = { ...settingsToForm(settings), adaptive_algorithm: "thompson" as const, exploration_rate: "0.2" };
    expect(settingsUpdateFromForm(settings, form)).toEqual({ ok: true, update: { adaptive_algorithm: "thompson", exploration_rate: 0.2 } });
  });

  it("rejects an exploration rate above 1 and an empty number", () => {
    expect(settingsUpdateFromForm(settings, { ...settingsToForm(settings), exploration_rate: "1.2" })).toEqual({
      ok: false,
      errors: { exploration_rate: "Must be between 0 and 1" },
    });
    expect(settingsUpdateFromForm(settings, { ...settingsToForm(settings), latency_weight: "" })).toEqual({ ok: false, errors: { latency_weight: "Is required" } });
  });
});
