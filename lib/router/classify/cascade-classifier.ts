import type { Classification, Classifier, ClassifierStage, ClassifyOptions, SyncClassifier } from "../types";
import type { LlmAttempt } from "./llm-classifier";

// Rules first; when they are unsure (confidence under `embeddingThreshold`), the embedding
// classifier; when still unsure (under `llmThreshold`) and an LLM stage is configured, the LLM.
// Between rules and embeddings the more confident answer wins (ties go to the later stage); a
// successful LLM answer always wins, since it was asked precisely because the others were unsure.
// If the LLM fails, the best earlier answer stands and carries the failure in `fallbackReason`.
// `classification.classifier` names the stage that decided; `stages` lists every stage consulted.

export interface CascadeClassifierOptions {
  rules: SyncClassifier;
  embedding?: Classifier;
  llm?: Classifier & { attempt(prompt: string, options?: ClassifyOptions): Promise<LlmAttempt> };
  embeddingThreshold?: number;
  llmThreshold?: number;
}

export const DEFAULT_EMBEDDING_THRESHOLD = 0.5;
export const DEFAULT_LLM_THRESHOLD = 0.35;

export class CascadeClassifier implements Classifier {
  readonly name = "cascade" as const;
  private readonly options: CascadeClassifierOptions;
  private readonly embeddingThreshold: number;
  private readonly llmThreshold: number;

  constructor(options: CascadeClassifierOptions) {
    this.options = options;
    this.embeddingThreshold = options.embeddingThreshold ?? DEFAULT_EMBEDDING_THRESHOLD;
    this.llmThreshold = options.llmThreshold ?? DEFAULT_LLM_THRESHOLD;
  }

  classifySync(prompt: string): Classification | undefined {
    const rules = this.options.rules.classifySync(prompt);
    if (!this.needsEmbedding(rules)) return decide([rules], rules);
    const embedded = this.options.embedding!.classifySync?.(prompt);
    if (!embedded) return undefined;
    const best = moreConfident(rules, embedded);
    if (this.needsLlm(best)) return undefined;
    return decide([rules, embedded], best);
  }

  async classify(prompt: string, options?: ClassifyOptions): Promise<Classification> {
    const rules = this.options.rules.classifySync(prompt);
    if (!this.needsEmbedding(rules)) return decide([rules], rules);
    const embedded = this.options.embedding!.classifySync?.(prompt) ?? (await this.options.embedding!.classify(prompt, options));
    const best = moreConfident(rules, embedded);
    if (!this.needsLlm(best)) return decide([rules, embedded], best);
    const attempt = await this.options.llm!.attempt(prompt, options);
    if (attempt.ok) return decide([rules, embedded, attempt.classification], attempt.classification);
    return decide([rules, embedded], { ...best, fallbackReason: attempt.reason });
  }

  private needsEmbedding(rules: Classification): boolean {
    return this.options.embedding !== undefined && rules.confidence < this.embeddingThreshold;
  }

  private needsLlm(best: Classification): boolean {
    return this.options.llm !== undefined && best.confidence < this.llmThreshold;
  }
}

function moreConfident(earlier: Classification, later: Classification): Classification {
  return earlier.confidence > later.confidence ? earlier : later;
}

function decide(consulted: readonly Classification[], decided: Classification): Classification {
  const stages: ClassifierStage[] = consulted.map((stage) => ({
    classifier: stage.classifier,
    decided: stage === decided,
    complexity: stage.complexity,
    taskType: stage.taskType,
    confidence: stage.confidence,
  }));
  if (decided.fallbackReason) {
    // `decided` is a copy of an earlier stage carrying the LLM's failure: mark that stage, record the failure.
    stages.find((stage) => stage.classifier === decided.classifier)!.decided = true;
    stages.push({ classifier: "llm", decided: false, error: decided.fallbackReason });
  }
  return { ...decided, stages };
}
