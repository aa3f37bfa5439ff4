import { describe, expect, it } from "vitest";
import { EmbeddingClassifier } from "@/lib/router/classify/embedding-classifier";
import { fitModelCached } from "@/lib/router/classify/embedding-model";
import { type LabelledExample, loadDefaultExamples } from "@/lib/router/classify/labelled-examples";
import type { Embedder } from "@/lib/router/embed/embedder";
import { fitIdf, LocalEmbedder } from "@/lib/router/embed/local-embedder";
import { COMPLEXITIES, TASK_TYPES } from "@/lib/router/types";

/** A remote-style embedder: dense vectors only, asynchronous (no embedSparse fast path). */
class DenseOnlyEmbedder implements Embedder {
  readonly id = "dense-test";
  readonly dimensions: number;
  calls = 0;
  constructor(private readonly inner: LocalEmbedder) {
    this.dimensions = inner.dimensions;
  }
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls++;
    return texts.map((text) => this.inner.embedDense(text));
  }
}

function crossValidate(strategy: "softmax" | "knn" | "centroid") {
  const examples = loadDefaultExamples();
  let complexityRight = 0;
  let taskRight = 0;
  for (let fold = 0; fold < 4; fold++) {
    const train = examples.filter((_, index) => index % 4 !== fold);
    const test = examples.filter((_, index) => index % 4 === fold);
    const embedder = new LocalEmbedder({ idf: fitIdf(train.map((example) => example.text)) });
    const classifier = EmbeddingClassifier.createSync({ embedder, examples: train, strategy });
    for (const example of test) {
      const result = classifier.classifySync(example.text)!;
      if (result.complexity === example.complexity) complexityRight++;
      if (result.taskType === example.taskType) taskRight++;
    }
  }
  return { complexity: complexityRight / examples.length, task: taskRight / examples.length };
}

describe("labelled examples", () => {
  it("ship at least 40 per complexity level and per task type, all distinct", () => {
    const examples = loadDefaultExamples();
    for (const level of COMPLEXITIES) expect(examples.filter((example) => example.complexity === level).length).toBeGreaterThanOrEqual(40);
    for (const type of TASK_TYPES) expect(examples.filter((example) => example.taskType === type).length).toBeGreaterThanOrEqual(40);
    expect(new Set(examples.map((example) => example.text)).size).toBe(examples.length);
  });
});

describe("EmbeddingClassifier", () => {
  it("generalises to held-out prompts (4-fold cross-validation, far above chance)", () => {
    const softmax = crossValidate("softmax");
    expect(softmax.task).toBeGreaterThan(0.75); // chance: 0.125
    expect(softmax.complexity).toBeGreaterThan(0.42); // chance: 0.25
    const knn = crossValidate("knn");
    expect(knn.task).toBeGreaterThan(0.65);
    const centroid = crossValidate("centroid");
    expect(centroid.task).toBeGreaterThan(0.7);
    expect(centroid.complexity).toBeGreaterThan(0.4);
  });

  it("uses the trained classifier's probabilities as the confidence", () => {
    const classifier = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder() });
    const result = classifier.classifySync("Translate this paragraph into German, keeping the formal tone.")!;
    const embedding = result.features.embedding as { complexityProbability: number; taskTypeProbability: number; strategy: string };
    expect(embedding.strategy).toBe("softmax");
    expect(result.taskType).toBe("translation");
    expect(result.confidence).toBeCloseTo(embedding.complexityProbability * embedding.taskTypeProbability, 3);
    expect(result.classifier).toBe("embedding");
  });

  it("takes the nearest centroid's labels with the centroid strategy", () => {
    const classifier = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder(), strategy: "centroid" });
    const result = classifier.classifySync("Write a limerick about a sleepy owl")!;
    const embedding = result.features.embedding as { nearestCentroid: { complexity: string; taskType: string } };
    expect(result.taskType).toBe(embedding.nearestCentroid.taskType);
    expect(result.complexity).toBe(embedding.nearestCentroid.complexity);
    expect(result.taskType).toBe("creative");
  });

  it("votes among the nearest examples with the knn strategy", () => {
    const classifier = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder(), strategy: "knn", k: 5 });
    const result = classifier.classifySync("Write a SQL query that returns the ten most recent orders per customer")!;
    expect(result.taskType).toBe("code");
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("classifies synchronously with the local embedder and asynchronously with a dense one", async () => {
    const dense = new DenseOnlyEmbedder(new LocalEmbedder());
    const classifier = await EmbeddingClassifier.create({ embedder: dense, strategy: "centroid" });
    expect(classifier.classifySync("hello")).toBeUndefined();
    const callsBefore = dense.calls;
    const result = await classifier.classify("Translate 'thank you very much' into Italian.");
    expect(dense.calls).toBe(callsBefore + 1);
    expect(result.taskType).toBe("translation");
    // The dense path and the sparse path agree for the same vectors.
    const sparse = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder(), strategy: "centroid" });
    expect(sparse.classifySync("Translate 'thank you very much' into Italian.")).toMatchObject({
      complexity: result.complexity,
      taskType: result.taskType,
    });
  });

  it("fits once per embedder and example set (cached), not per classifier", async () => {
    const embedder = new DenseOnlyEmbedder(new LocalEmbedder());
    const input = { embedder, examples: loadDefaultExamples(), trainSoftmax: false };
    const first = await fitModelCached(input);
    const calls = embedder.calls;
    const second = await fitModelCached(input);
    expect(second).toBe(first);
    expect(embedder.calls).toBe(calls);
    await EmbeddingClassifier.create({ embedder, strategy: "centroid" });
    expect(embedder.calls).toBe(calls);
  });

  it("can be refit from labelled traffic", async () => {
    const classifier = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder(), strategy: "knn", k: 3 });
    const prompt = "zorblax the frobnicator quuxly";
    const traffic: LabelledExample[] = [
      { text: "zorblax the frobnicator", complexity: "expert", taskType: "extraction" },
      { text: "frobnicator zorblax quuxly please", complexity: "expert", taskType: "extraction" },
      { text: "quuxly zorblax frobnicate", complexity: "expert", taskType: "extraction" },
    ];
    await classifier.refit([...loadDefaultExamples(), ...traffic]);
    expect(classifier.exampleCount).toBe(loadDefaultExamples().length + 3);
    expect(classifier.classifySync(prompt)).toMatchObject({ complexity: "expert", taskType: "extraction" });
  });

  it("rejects invalid labelled examples on refit", async () => {
    const classifier = EmbeddingClassifier.createSync({ embedder: new LocalEmbedder(), strategy: "centroid" });
    await expect(classifier.refit([{ text: "x", complexity: "trivial", taskType: "qa" } as never])).rejects.toThrow();
    expect(classifier.exampleCount).toBe(loadDefaultExamples().length);
  });
});
