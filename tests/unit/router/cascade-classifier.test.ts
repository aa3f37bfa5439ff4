import { describe, expect, it } from "vitest";
import { CascadeClassifier } from "@/lib/router/classify/cascade-classifier";
import { EmbeddingClassifier } from "@/lib/router/classify/embedding-classifier";
import type { LlmAttempt } from "@/lib/router/classify/llm-classifier";
import { RuleClassifier } from "@/lib/router/classify/rule-classifier";
import { LocalEmbedder } from "@/lib/router/embed/local-embedder";
import type { Classification, ClassifierName, Complexity, SyncClassifier, TaskType } from "@/lib/router/types";
import { classification } from "./helpers";

function fixed(name: ClassifierName, result: [Complexity, TaskType, number]) {
  let calls = 0;
  const answer = (): Classification => ({ ...classification(...result), classifier: name });
  const classifier: SyncClassifier & { calls: () => number } = {
    name,
    classifySync: () => {
      calls++;
      return answer();
    },
    classify: async () => {
      calls++;
      return answer();
    },
    calls: () => calls,
  };
  return classifier;
}

function llm(attempt: LlmAttempt) {
  let calls = 0;
  return {
    name: "llm" as const,
    classify: async () => (attempt.ok ? attempt.classification : classification("simple", "chat")),
    attempt: async () => {
      calls++;
      return attempt;
    },
    calls: () => calls,
  };
}

describe("CascadeClassifier", () => {
  it("stops at the rules when they are confident", async () => {
    const embedding = fixed("embedding", ["expert", "code", 0.9]);
    const cascade = new CascadeClassifier({ rules: fixed("rules", ["simple", "qa", 0.8]), embedding });
    const result = await cascade.classify("What is 2 + 2?");
    expect(result).toMatchObject({ classifier: "rules", complexity: "simple", taskType: "qa" });
    expect(result.stages).toEqual([{ classifier: "rules", decided: true, complexity: "simple", taskType: "qa", confidence: 0.8 }]);
    expect(embedding.calls()).toBe(0);
  });

  it("asks the embedding classifier under the threshold; the more confident answer decides", async () => {
    const cascade = new CascadeClassifier({
      rules: fixed("rules", ["simple", "chat", 0.3]),
      embedding: fixed("embedding", ["moderate", "creative", 0.6]),
    });
    const result = cascade.classifySync("a poem about the sea")!;
    expect(result).toMatchObject({ classifier: "embedding", taskType: "creative" });
    expect(result.stages!.map((stage) => [stage.classifier, stage.decided])).toEqual([
      ["rules", false],
      ["embedding", true],
    ]);

    const unsureEmbedding = new CascadeClassifier({
      rules: fixed("rules", ["simple", "chat", 0.4]),
      embedding: fixed("embedding", ["moderate", "creative", 0.2]),
    });
    expect(unsureEmbedding.classifySync("x")).toMatchObject({ classifier: "rules", taskType: "chat" });
  });

  it("asks the LLM last when still unsure, and its answer decides", async () => {
    const model = llm({ ok: true, classification: { ...classification("expert", "reasoning", 0.7), classifier: "llm" } });
    const cascade = new CascadeClassifier({
      rules: fixed("rules", ["simple", "chat", 0.1]),
      embedding: fixed("embedding", ["moderate", "qa", 0.2]),
      llm: model,
    });
    expect(cascade.classifySync("prove it")).toBeUndefined(); // needs I/O
    const result = await cascade.classify("prove it");
    expect(result).toMatchObject({ classifier: "llm", complexity: "expert", taskType: "reasoning" });
    expect(result.stages!.map((stage) => stage.classifier)).toEqual(["rules", "embedding", "llm"]);
    expect(model.calls()).toBe(1);
  });

  it("keeps the best earlier answer and records the failure when the LLM fails", async () => {
    const cascade = new CascadeClassifier({
      rules: fixed("rules", ["simple", "chat", 0.1]),
      embedding: fixed("embedding", ["moderate", "qa", 0.2]),
      llm: llm({ ok: false, reason: "llm_timeout: no answer within 3000 ms" }),
    });
    const result = await cascade.classify("hmm");
    expect(result).toMatchObject({ classifier: "embedding", taskType: "qa", fallbackReason: "llm_timeout: no answer within 3000 ms" });
    expect(result.stages).toEqual([
      { classifier: "rules", decided: false, complexity: "simple", taskType: "chat", confidence: 0.1 },
      { classifier: "embedding", decided: true, complexity: "moderate", taskType: "qa", confidence: 0.2 },
      { classifier: "llm", decided: false, error: "llm_timeout: no answer within 3000 ms" },
    ]);
  });

  it("does not call the LLM when the embedding answer clears the LLM threshold", async () => {
    const model = llm({ ok: true, classification: classification("expert", "reasoning") });
    const cascade = new CascadeClassifier({
      rules: fixed("rules", ["simple", "chat", 0.1]),
      embedding: fixed("embedding", ["moderate", "qa", 0.45]),
      llm: model,
      embeddingThreshold: 0.5,
      llmThreshold: 0.4,
    });
    expect((await cascade.classify("x")).classifier).toBe("embedding");
    expect(model.calls()).toBe(0);
  });

  it("runs synchronously with the real rules and the local embedder", () => {
    const cascade = new CascadeClassifier({
      rules: new RuleClassifier(),
      embedding: EmbeddingClassifier.createSync({ embedder: new LocalEmbedder() }),
    });
    const result = cascade.classifySync("purple elephants dancing in a field of wheat at sunrise, write me verses about them")!;
    expect(result.stages!.length).toBeGreaterThanOrEqual(1);
    expect(result.stages!.filter((stage) => stage.decided)).toHaveLength(1);
    expect(result.classifier).toBe(result.stages!.find((stage) => stage.decided)!.classifier);
  });
});
