import type { Embedder, SparseVector } from "../embed/embedder";
import { countO200kTokens } from "../tokens/o200k-token-counter";
import type { Classification, Classifier, ClassifyOptions } from "../types";
import {
  embedForClassification,
  type EmbeddingModel,
  fitModelCached,
  fitSparseModelCached,
  isSparseEmbedder,
  type SparseEmbedder,
  textForEmbedding,
} from "./embedding-model";
import { type EmbeddingStrategy, predictWithHead } from "./label-head";
import { type LabelledExample, labelledExampleSchema, loadDefaultExamples } from "./labelled-examples";
import { describePrompt } from "./prompt-features";

// Classifies by similarity to labelled examples in an embedding space. Strategies: `softmax` (a
// trained multinomial logistic regression per label set; its probabilities are the confidence),
// `knn` (similarity-weighted vote of the k nearest examples) and `centroid` (the sketch's nearest
// centroid). Confidence is the probability of the predicted complexity times that of the predicted
// task type. With a sparse embedder (the local one) classification is synchronous and takes
// microseconds; with a remote embedder it awaits one embeddings call.

export interface EmbeddingClassifierOptions {
  embedder: Embedder;
  /** Labelled examples to fit on; defaults to the shipped examples.json. */
  examples?: readonly LabelledExample[];
  strategy?: EmbeddingStrategy;
  /** Neighbours consulted by the `knn` strategy. */
  k?: number;
  countTokens?: (text: string) => number;
}

const DEFAULT_K = 7;

export class EmbeddingClassifier implements Classifier {
  readonly name = "embedding" as const;
  readonly strategy: EmbeddingStrategy;
  private model: EmbeddingModel;
  private readonly embedder: Embedder;
  private readonly k: number;
  private readonly countTokens: (text: string) => number;

  private constructor(options: EmbeddingClassifierOptions, model: EmbeddingModel) {
    this.embedder = options.embedder;
    this.strategy = options.strategy ?? "softmax";
    this.k = options.k ?? DEFAULT_K;
    this.countTokens = options.countTokens ?? ((text) => countO200kTokens(text).tokens);
    this.model = model;
  }

  /** Fits (or reuses the cached fit) with any embedder. */
  static async create(options: EmbeddingClassifierOptions): Promise<EmbeddingClassifier> {
    const model = await fitModelCached(fitInput(options));
    return new EmbeddingClassifier(options, model);
  }

  /** Synchronous construction for sparse (local) embedders. */
  static createSync(options: EmbeddingClassifierOptions & { embedder: SparseEmbedder }): EmbeddingClassifier {
    const model = fitSparseModelCached({ ...fitInput(options), embedder: options.embedder });
    return new EmbeddingClassifier(options, model);
  }

  get exampleCount(): number {
    return this.model.exampleCount;
  }

  /** Refits on new labelled examples (e.g. the shipped ones plus rated traffic); validated first. */
  async refit(examples: readonly LabelledExample[]): Promise<void> {
    const validated = examples.map((example) => labelledExampleSchema.parse(example));
    this.model = await fitModelCached(fitInput({ embedder: this.embedder, strategy: this.strategy, examples: validated }));
  }

  classifySync(prompt: string): Classification | undefined {
    if (!isSparseEmbedder(this.embedder)) return undefined;
    return this.classifyVector(prompt, this.embedder.embedSparse(textForEmbedding(prompt)));
  }

  async classify(prompt: string, options?: ClassifyOptions): Promise<Classification> {
    options?.signal?.throwIfAborted();
    const fast = this.classifySync(prompt);
    if (fast) return fast;
    const [vector] = await embedForClassification(this.embedder, [prompt]);
    return this.classifyVector(prompt, vector!);
  }

  private classifyVector(prompt: string, vector: SparseVector): Classification {
    // Only the knn strategy needs neighbours; the scan over the examples' postings is the costliest step.
    const neighbours = this.strategy === "knn" ? this.model.index.nearest(vector, this.k) : [];
    const query = { vector, neighbours, strategy: this.strategy };
    const complexity = predictWithHead(this.model.complexity, query);
    const taskType = predictWithHead(this.model.taskType, query);
    const confidence = Math.round(complexity.probability * taskType.probability * 1000) / 1000;
    return {
      complexity: complexity.label,
      taskType: taskType.label,
      confidence,
      classifier: "embedding",
      features: {
        ...describePrompt(prompt, this.countTokens),
        signals: [
          `embedding:${this.strategy}:complexity:${complexity.label}:${complexity.probability.toFixed(3)}`,
          `embedding:${this.strategy}:task:${taskType.label}:${taskType.probability.toFixed(3)}`,
        ],
        embedding: {
          embedder: this.model.embedderId,
          strategy: this.strategy,
          complexityProbability: complexity.probability,
          taskTypeProbability: taskType.probability,
          nearestCentroid: { complexity: complexity.nearestCentroid, taskType: taskType.nearestCentroid },
          centroidSimilarity: Math.min(complexity.centroidSimilarity, taskType.centroidSimilarity),
          ...(neighbours.length > 0 ? { nearestExampleSimilarity: neighbours[0]!.similarity } : {}),
        },
      },
    };
  }
}

function fitInput(options: Pick<EmbeddingClassifierOptions, "embedder" | "examples" | "strategy">) {
  return {
    embedder: options.embedder,
    examples: options.examples ?? loadDefaultExamples(),
    trainSoftmax: (options.strategy ?? "softmax") === "softmax",
  };
}
