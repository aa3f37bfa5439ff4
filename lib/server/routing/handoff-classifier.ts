import type { Classification, Classifier, SyncClassifier } from "@/lib/router/types";

// The route service classifies each prompt itself (with the classifier the request or the settings
// name) before asking the router to decide, so that a refusal is still recorded with its
// classification. This classifier hands that result to the router: `expect` registers it for the
// prompt, and the router's classify call takes it. Unexpected prompts fall back to the rules.

export class HandoffClassifier implements Classifier {
  readonly name = "rules" as const;
  private readonly expected = new Map<string, Classification[]>();

  constructor(private readonly fallback: SyncClassifier) {}

  /** Registers the classification for the next decision about `prompt`; returns a release function. */
  expect(prompt: string, classification: Classification): () => void {
    const queue = this.expected.get(prompt) ?? [];
    queue.push(classification);
    this.expected.set(prompt, queue);
    return () => this.remove(prompt, classification);
  }

  classifySync(prompt: string): Classification {
    const queue = this.expected.get(prompt);
    const classification = queue?.shift();
    if (queue && queue.length === 0) this.expected.delete(prompt);
    return classification ?? this.fallback.classifySync(prompt);
  }

  async classify(prompt: string): Promise<Classification> {
    return this.classifySync(prompt);
  }

  private remove(prompt: string, classification: Classification): void {
    const queue = this.expected.get(prompt);
    if (!queue) return;
    const index = queue.indexOf(classification);
    if (index !== -1) queue.splice(index, 1);
    if (queue.length === 0) this.expected.delete(prompt);
  }
}
