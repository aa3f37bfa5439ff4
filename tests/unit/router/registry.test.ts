import { describe, expect, it } from "vitest";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import { InMemoryModelRegistry, UnknownModelError } from "@/lib/router/registry/model-registry";
import { modelSpecSchema } from "@/lib/router/registry/model-spec-schema";
import { testModel } from "./helpers";

describe("model registry", () => {
  it("seeds the sketch's six models with its prices and scores", () => {
    const registry = new InMemoryModelRegistry();
    expect(registry.list().map((model) => model.id)).toEqual([
      "gpt-4o",
      "gpt-4o-mini",
      "claude-3-5-sonnet",
      "claude-3-5-haiku",
      "gemini-1.5-pro",
      "gemini-1.5-flash",
    ]);
    // The sketch priced per 1k tokens: gpt-4o 0.0025 / 0.01 → 2.5 / 10 per 1M.
    expect(registry.get("gpt-4o")).toMatchObject({ inputPricePer1M: 2.5, outputPricePer1M: 10, qualityScore: 0.95, latencyMs: 1500 });
    expect(registry.get("claude-3-5-sonnet")).toMatchObject({ providerModel: "claude-3-5-sonnet-20241022", qualityScore: 0.94 });
    expect(registry.get("gemini-1.5-flash")).toMatchObject({ inputPricePer1M: 0.075, contextWindow: 1_000_000, qualityScore: 0.78 });
  });

  it("validates entries: bad ids, out-of-range quality, output limit above the context window", () => {
    expect(() => modelSpecSchema.parse({ ...DEFAULT_MODELS[0], id: "has space" })).toThrow();
    expect(() => modelSpecSchema.parse({ ...DEFAULT_MODELS[0], qualityScore: 1.2 })).toThrow();
    expect(() => modelSpecSchema.parse({ ...DEFAULT_MODELS[0], maxOutputTokens: 200_000 })).toThrow(/contextWindow/);
    expect(() => modelSpecSchema.parse({ ...DEFAULT_MODELS[0], capabilities: ["telepathy"] })).toThrow();
    expect(modelSpecSchema.parse({ ...DEFAULT_MODELS[0], inputPricePer1M: null, outputPricePer1M: null }).inputPricePer1M).toBeNull();
  });

  it("rejects duplicate ids", () => {
    expect(() => new InMemoryModelRegistry([testModel({ id: "a" }), testModel({ id: "a" })])).toThrow(/Duplicate/);
  });

  it("upserts in place, toggles enabled and removes", () => {
    const registry = new InMemoryModelRegistry([testModel({ id: "a" }), testModel({ id: "b" })]);
    registry.upsert({ ...testModel({ id: "a" }), qualityScore: 0.5 });
    expect(registry.list().map((model) => [model.id, model.qualityScore])).toEqual([
      ["a", 0.5],
      ["b", 0.9],
    ]);
    registry.upsert(testModel({ id: "c" }));
    expect(registry.setEnabled("b", false).enabled).toBe(false);
    registry.remove("a");
    expect(registry.list().map((model) => model.id)).toEqual(["b", "c"]);
    expect(() => registry.remove("zzz")).toThrow(UnknownModelError);
    expect(() => registry.upsert({ id: "broken" })).toThrow();
  });
});
