import { describe, expect, it } from "vitest";
import { EmbeddingClassifier } from "@/lib/router/classify/embedding-classifier";
import { loadDefaultExamples } from "@/lib/router/classify/labelled-examples";
import { examplesFromTraffic, type TrafficRecord } from "@/lib/router/classify/traffic-examples";
import { LocalEmbedder } from "@/lib/router/embed/local-embedder";

const llm = (prompt: string, confidence: number): TrafficRecord => ({
  prompt,
  classification: { complexity: "expert", taskType: "extraction", confidence, classifier: "llm" },
});

describe("labelled examples from traffic", () => {
  it("keeps corrections and confident teacher labels, nothing else", () => {
    const examples = examplesFromTraffic([
      llm("confident llm", 0.9),
      llm("unsure llm", 0.4),
      { prompt: "rules only", classification: { complexity: "simple", taskType: "qa", confidence: 0.95, classifier: "rules" } },
      {
        prompt: "corrected",
        classification: { complexity: "simple", taskType: "qa", confidence: 0.1, classifier: "rules" },
        correction: { complexity: "complex", taskType: "code" },
      },
      { prompt: "   ", classification: { complexity: "simple", taskType: "qa", confidence: 1, classifier: "llm" } },
    ]);
    expect(examples).toEqual([
      { text: "confident llm", complexity: "expert", taskType: "extraction" },
      { text: "corrected", complexity: "complex", taskType: "code" },
    ]);
  });

  it("lets a person's correction override a teacher's label for the same prompt", () => {
    const examples = examplesFromTraffic([
      llm("same prompt", 0.9),
      {
        prompt: "same prompt",
        classification: { complexity: "expert", taskType: "extraction", confidence: 0.9, classifier: "llm" },
        correction: { complexity: "simple", taskType: "chat" },
      },
    ]);
    expect(examples).toEqual([{ text: "same prompt", complexity: "simple", taskType: "chat" }]);
  });

  it("feeds EmbeddingClassifier.refit (refit from labelled traffic)", async () => {
    const classifier = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder(), strategy: "knn", k: 3 });
    const traffic = ["glorp the wibble ledger", "wibble ledger glorp entries", "glorp wibble ledger rows"].map((prompt) => llm(prompt, 0.95));
    await classifier.refit([...loadDefaultExamples(), ...examplesFromTraffic(traffic)]);
    expect(classifier.classifySync("glorp wibble ledger")).toMatchObject({ complexity: "expert", taskType: "extraction" });
  });
});
