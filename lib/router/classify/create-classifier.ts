import type { Embedder } from "../embed/embedder";
import type { Classifier, CompletionPort } from "../types";
import { CascadeClassifier } from "./cascade-classifier";
import { defaultLocalEmbedder } from "./default-local-embedder";
import { EmbeddingClassifier } from "./embedding-classifier";
import type { EmbeddingStrategy } from "./label-head";
import { LlmClassifier } from "./llm-classifier";
import { RuleClassifier } from "./rule-classifier";

// Builds a classifier from configuration. The embedding stage defaults to the local embedder (no
// download, synchronous); pass another Embedder (e.g. OpenAIEmbedder) to use remote embeddings.

export type ClassifierConfig =
  | { kind: "rules" }
  | { kind: "embedding"; embedder?: Embedder; strategy?: EmbeddingStrategy }
  | { kind: "llm"; completion: CompletionPort; model?: string; timeoutMs?: number }
  | {
      kind: "cascade";
      embedder?: Embedder;
      strategy?: EmbeddingStrategy;
      /** Adds the LLM stage. */
      completion?: CompletionPort;
      llmModel?: string;
      llmTimeoutMs?: number;
      embeddingThreshold?: number;
      llmThreshold?: number;
    };

export interface ClassifierDependencies {
  countTokens?: (text: string) => number;
}

export async function createClassifier(config: ClassifierConfig, dependencies: ClassifierDependencies = {}): Promise<Classifier> {
  const { countTokens } = dependencies;
  const rules = new RuleClassifier({ countTokens });
  const embedding = (embedder: Embedder | undefined, strategy: EmbeddingStrategy | undefined) =>
    EmbeddingClassifier.create({ embedder: embedder ?? defaultLocalEmbedder(), strategy, countTokens });
  switch (config.kind) {
    case "rules":
      return rules;
    case "embedding":
      return embedding(config.embedder, config.strategy);
    case "llm":
      return new LlmClassifier({ completion: config.completion, model: config.model, timeoutMs: config.timeoutMs, fallback: rules, countTokens });
    case "cascade":
      return new CascadeClassifier({
        rules,
        embedding: await embedding(config.embedder, config.strategy),
        llm: config.completion
          ? new LlmClassifier({
              completion: config.completion,
              model: config.llmModel,
              timeoutMs: config.llmTimeoutMs,
              fallback: rules,
              countTokens,
            })
          : undefined,
        embeddingThreshold: config.embeddingThreshold,
        llmThreshold: config.llmThreshold,
      });
  }
}
