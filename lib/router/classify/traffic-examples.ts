import type { Classification, ClassifierName, Complexity, TaskType } from "../types";
import { type LabelledExample, labelledExampleSchema } from "./labelled-examples";

// Turns served traffic into labelled examples for EmbeddingClassifier.refit: prompts whose labels a
// person corrected (always kept), and prompts a stronger classifier labelled confidently (by default
// the LLM classifier: the cheap local classifier learns from it, i.e. distillation). Ratings of the
// answer are not used as labels: a good answer says the model was good enough, not that the
// complexity or task type was right.

export interface TrafficRecord {
  prompt: string;
  classification: Pick<Classification, "complexity" | "taskType" | "confidence" | "classifier">;
  /** Labels set by a person in the console. */
  correction?: { complexity: Complexity; taskType: TaskType };
}

export interface TrafficExampleOptions {
  /** Classifiers trusted as teachers when no correction exists. */
  teachers?: readonly ClassifierName[];
  minConfidence?: number;
  /** Prompts longer than this are skipped (they would dominate an embedding centroid). */
  maxCharacters?: number;
}

export function examplesFromTraffic(records: readonly TrafficRecord[], options: TrafficExampleOptions = {}): LabelledExample[] {
  const teachers = options.teachers ?? ["llm"];
  const minConfidence = options.minConfidence ?? 0.7;
  const maxCharacters = options.maxCharacters ?? 4_000;
  const byText = new Map<string, LabelledExample>();
  for (const record of records) {
    const text = record.prompt.trim();
    if (text.length === 0 || text.length > maxCharacters) continue;
    const labels = record.correction
      ? record.correction
      : teachers.includes(record.classification.classifier) && record.classification.confidence >= minConfidence
        ? record.classification
        : undefined;
    if (!labels) continue;
    // A correction overrides an earlier teacher label for the same prompt; otherwise the first one stands.
    if (byText.has(text) && !record.correction) continue;
    byText.set(text, labelledExampleSchema.parse({ text, complexity: labels.complexity, taskType: labels.taskType }));
  }
  return [...byText.values()];
}
