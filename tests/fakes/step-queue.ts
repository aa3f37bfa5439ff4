import type { FakeStep } from "./fake-steps";

const ANY_MODEL = "*";

/** Scripted steps per model name, consumed in order; a model's own queue comes before the "any" queue. */
export class StepQueue {
  private readonly queues = new Map<string, FakeStep[]>();

  push(steps: readonly FakeStep[], model?: string): void {
    const key = model ?? ANY_MODEL;
    const queue = this.queues.get(key) ?? [];
    queue.push(...steps);
    this.queues.set(key, queue);
  }

  take(model: string): FakeStep {
    return this.queues.get(model)?.shift() ?? this.queues.get(ANY_MODEL)?.shift() ?? { kind: "reply" };
  }

  pending(): number {
    let total = 0;
    for (const queue of this.queues.values()) total += queue.length;
    return total;
  }

  clear(): void {
    this.queues.clear();
  }
}
