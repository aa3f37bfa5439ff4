import { CascadeClassifier } from "@/lib/router/classify/cascade-classifier";
import { defaultLocalEmbedder } from "@/lib/router/classify/default-local-embedder";
import { EmbeddingClassifier } from "@/lib/router/classify/embedding-classifier";
import { LlmClassifier } from "@/lib/router/classify/llm-classifier";
import { RuleClassifier } from "@/lib/router/classify/rule-classifier";
import type { Classification, Classifier, ClassifierName, CompletionPort } from "@/lib/router/types";
import type { RoutingSettings } from "@/lib/schemas/performance";

// The four classifiers a request may name, built once per process (the embedding classifier fits
// its model from the shipped examples on first use) and rebuilt only when the cascade settings
// change. The LLM classifier calls a registry model through the execution layer.

export interface ClassifierSetOptions {
  countTokens: (text: string) => number;
  completion: CompletionPort;
}

export class ClassifierSet {
  readonly rules: RuleClassifier;
  private readonly embedding: EmbeddingClassifier;
  private readonly llm: LlmClassifier;
  private cascade: CascadeClassifier | undefined;
  private cascadeKey = "";

  constructor(options: ClassifierSetOptions) {
    this.rules = new RuleClassifier({ countTokens: options.countTokens });
    this.embedding = EmbeddingClassifier.createSync({ embedder: defaultLocalEmbedder(), countTokens: options.countTokens });
    this.llm = new LlmClassifier({ completion: options.completion, fallback: this.rules, countTokens: options.countTokens });
  }

  async classify(input: { name: ClassifierName; prompt: string; settings: RoutingSettings; signal?: AbortSignal }): Promise<Classification> {
    const classifier = this.byName(input.name, input.settings);
    return classifier.classifySync?.(input.prompt) ?? classifier.classify(input.prompt, { signal: input.signal });
  }

  private byName(name: ClassifierName, settings: RoutingSettings): Classifier {
    switch (name) {
      case "rules":
        return this.rules;
      case "embedding":
        return this.embedding;
      case "llm":
        return this.llm;
      case "cascade":
        return this.cascadeFor(settings);
    }
  }

  private cascadeFor(settings: RoutingSettings): CascadeClassifier {
    const key = `${settings.cascade_threshold}|${settings.cascade_use_llm}`;
    if (!this.cascade || key !== this.cascadeKey) {
      this.cascade = new CascadeClassifier({
        rules: this.rules,
        embedding: this.embedding,
        llm: settings.cascade_use_llm ? this.llm : undefined,
        embeddingThreshold: settings.cascade_threshold,
      });
      this.cascadeKey = key;
    }
    return this.cascade;
  }
}
