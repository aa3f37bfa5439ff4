import { describe, expect, it } from "vitest";
import { artifactFromModel, modelFromArtifact } from "@/lib/router/learned/artifact/artifact-io";
import { LearnedQualityModel } from "@/lib/router/learned/predictor/learned-quality-model";
import { LearnedQualityPredictor } from "@/lib/router/learned/predictor/learned-quality-predictor";
import { tableFromRatings, type RatedExample } from "@/lib/router/learned/train/quality-table";
import { trainQualityRouter } from "@/lib/router/learned/train/train-quality-router";
import { DEFAULT_MODELS } from "@/lib/router/registry/default-models";
import type { Classification } from "@/lib/router/types";

// A synthetic rating log with a learnable pattern: the big model answers everything well; the
// small one answers greetings well and proofs badly. Deterministic (no random source).
const TOPICS = ["prime numbers", "sorting", "graphs", "limits", "matrices", "groups", "series", "sets"];
function ratings(): RatedExample[] {
  const rows: RatedExample[] = [];
  TOPICS.forEach((topic, index) => {
    for (let variant = 0; variant < 6; variant++) {
      const proof = `Prove rigorously the theorem about ${topic}, case ${variant}, step by step.`;
      const greeting = `Hi there, say hello about ${topic} number ${variant}!`;
      rows.push({ prompt: proof, model: "big", quality: 1, costUsd: 0.01 });
      rows.push({ prompt: proof, model: "small", quality: (index + variant) % 5 === 0 ? 1 : 0, costUsd: 0.001 });
      rows.push({ prompt: greeting, model: "big", quality: 1, costUsd: 0.01 });
      rows.push({ prompt: greeting, model: "small", quality: (index + variant) % 7 === 0 ? 0 : 1, costUsd: 0.001 });
    }
  });
  return rows;
}

const classification: Classification = {
  complexity: "moderate",
  taskType: "qa",
  confidence: 0.5,
  classifier: "rules",
  features: { characters: 0, words: 0, estimatedTokens: 0, questionMarks: 0, codeBlocks: 0, signals: [] },
};

describe("training the learned router", () => {
  it("is deterministic: the same ratings give byte-identical artefacts", async () => {
    const training = { source: "test", prompts: 0, l2: 1, seed: 3, calibrationFolds: 3, rows: "all", costModel: "data" };
    const first = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 3, seed: 3, bits: 12 });
    const second = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 3, seed: 3, bits: 12 });
    expect(JSON.stringify(artifactFromModel(second, training))).toBe(JSON.stringify(artifactFromModel(first, training)));
    const reseeded = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 3, seed: 4, bits: 12 });
    expect(JSON.stringify(reseeded.frontier)).not.toBe(JSON.stringify(first.frontier));
  });

  it("learns which prompts the small model fails, and routes by λ", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 0, bits: 12 });
    const small = model.modelIds.indexOf("small");
    const proof = model.predict("Prove rigorously the theorem about rings, case 9, step by step.");
    const greeting = model.predict("Hi there, say hello about rings number 9!");
    expect(greeting[small]!).toBeGreaterThan(proof[small]! + 0.3);
    const costWeight = 30; // a 0.009 USD saving is worth 0.27 quality points
    expect(model.modelIds[model.choose("Prove rigorously the theorem about rings, case 9, step by step.", costWeight)]).toBe("big");
    expect(model.modelIds[model.choose("Hi there, say hello about rings number 9!", costWeight)]).toBe("small");
    expect(model.modelIds[model.choose("Hi there, say hello about rings number 9!", 0)]).toBe("big");
  });

  it("learns a consensus output: higher on prompts most models answer well", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 0, bits: 12 });
    const consensus = (prompt: string) => model.logits(prompt)[model.models.length]!;
    expect(consensus("Hi there, say hello about rings number 9!")).toBeGreaterThan(consensus("Prove rigorously the theorem about rings, case 9, step by step."));
  });

  it("measures a cross-fitted frontier from best quality down to the cheapest model", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 4, bits: 12 });
    const first = model.frontier[0]!;
    const last = model.frontier[model.frontier.length - 1]!;
    expect(first.costWeight).toBe(0);
    expect(first.costUsd).toBeGreaterThan(last.costUsd);
    expect(last.modelShares[model.modelIds.indexOf("small")]).toBe(1);
  });
});

describe("the artefact and the QualityPredictor port", () => {
  it("round-trips through JSON with the same predictions", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 0, bits: 12 });
    const artifact = JSON.parse(JSON.stringify(artifactFromModel(model, { source: "t", prompts: 1, l2: 1, seed: 0, calibrationFolds: 0, rows: "all", costModel: "data" })));
    const loaded = modelFromArtifact(artifact);
    for (const prompt of ["Prove the lemma about limits.", "Hello! Say hi.", "Unrelated words entirely"]) {
      const original = model.predict(prompt);
      const reloaded = loaded.predict(prompt);
      original.forEach((value, index) => expect(reloaded[index]).toBeCloseTo(value, 5));
    }
    expect(() => modelFromArtifact({ ...artifact, version: 99 })).toThrow(/not a learned-router artefact/);
  });

  it("stores the calibration, the consensus output and the single models, and predicts the same after reloading", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 4, bits: 12 });
    expect(model.outputCount).toBe(model.models.length + 1);
    expect(model.calibration).toBeDefined();
    const training = { source: "t", prompts: 1, l2: 1, seed: 0, calibrationFolds: 4, rows: "all", costModel: "data" };
    const artifact = JSON.parse(JSON.stringify(artifactFromModel(model, training)));
    expect(artifact.version).toBe(2);
    expect(artifact.calibration.groups.map((group: { key: string }) => group.key)).toContain("all");
    expect(artifact.singles.map((single: { id: string }) => single.id).sort()).toEqual(["big", "small"]);
    const big = artifact.singles.find((single: { id: string }) => single.id === "big");
    expect(big.quality).toBe(1);
    expect(big.costUsd).toBeCloseTo(0.01, 10);
    const loaded = modelFromArtifact(artifact);
    expect(loaded.calibration?.mode).toBe(model.calibration?.mode);
    for (const prompt of ["Prove the lemma about limits.", "Hi there, say hello about rings number 9!"]) {
      const original = model.predict(prompt);
      loaded.predict(prompt).forEach((value, index) => expect(value).toBeCloseTo(original[index]!, 5));
    }
    const broken = { ...artifact, calibration: { ...artifact.calibration, groups: [{ key: "all", coefficients: [1, 2] }] } };
    expect(() => modelFromArtifact(broken)).toThrow(/coefficients/);
  });

  it("still reads version-1 artefacts (no consensus output, no calibration)", async () => {
    const trained = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 0, bits: 12 });
    const modelCount = trained.models.length;
    const outputs = trained.outputCount;
    // Drop the consensus output's weights: what version 1 stored.
    const weights = Float32Array.from({ length: (trained.weights.length / outputs) * modelCount }, (_, index) => {
      const column = Math.floor(index / modelCount);
      return trained.weights[column * outputs + (index % modelCount)]!;
    });
    const versionOne = new LearnedQualityModel({ models: trained.models, featuriser: trained.featuriser, weights, biases: [...trained.biases].slice(0, modelCount), frontier: [] });
    const artifact = { ...artifactFromModel(versionOne, { source: "t", prompts: 1, l2: 1, seed: 0, calibrationFolds: 0, rows: "all", costModel: "data" }), version: 1 };
    expect(artifact.consensusBias).toBeUndefined();
    const loaded = modelFromArtifact(JSON.parse(JSON.stringify(artifact)));
    expect(loaded.outputCount).toBe(modelCount);
    const prompt = "Prove rigorously the theorem about rings, case 9, step by step.";
    const logits = trained.logits(prompt);
    loaded.predict(prompt).forEach((value, index) => expect(value).toBeCloseTo(1 / (1 + Math.exp(-logits[index]!)), 5));
  });

  it("maps registry models onto the trained models by quality rank", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 0, bits: 12 });
    const predictor = new LearnedQualityPredictor({ model, id: "learned:test" });
    const predicted = predictor.predict({ prompt: "Prove the theorem about sets, step by step.", classification, models: DEFAULT_MODELS });
    expect(predicted).toBeInstanceOf(Map);
    const qualities = predicted as Map<string, number>;
    expect([...qualities.keys()].sort()).toEqual(DEFAULT_MODELS.map((entry) => entry.id).sort());
    const mapping = predictor.mappingFor(DEFAULT_MODELS);
    expect(mapping.get("gpt-4o")).toBe("big"); // best registry model ↔ best trained model
    expect(mapping.get("gemini-1.5-flash")).toBe("small"); // weakest ↔ weakest
    expect(qualities.get("gpt-4o")!).toBeGreaterThan(qualities.get("gemini-1.5-flash")!);
  });

  it("honours explicit mappings and same-id models, and rejects unknown targets", async () => {
    const model = await trainQualityRouter(tableFromRatings(ratings()), { calibrationFolds: 0, bits: 12 });
    const predictor = new LearnedQualityPredictor({ model, mapping: { "gpt-4o-mini": "big" } });
    const registry = [...DEFAULT_MODELS, { ...DEFAULT_MODELS[0]!, id: "small", qualityScore: 0.99 }];
    const mapping = predictor.mappingFor(registry);
    expect(mapping.get("gpt-4o-mini")).toBe("big");
    expect(mapping.get("small")).toBe("small");
    expect(() => new LearnedQualityPredictor({ model, mapping: { "gpt-4o": "nope" } })).toThrow(/does not know/);
  });
});
