import type { Complexity, TaskType } from "../types";

// Port for observed output lengths per (task type, complexity). Writes are atomic increments
// (count += 1, sum += tokens) so a SQL implementation shared by several instances needs no
// read-modify-write; reads are a synchronous snapshot (a SQL store serves a cached copy).

export interface OutputTokenObservation {
  taskType: TaskType;
  complexity: Complexity;
  outputTokens: number;
}

export interface OutputTokenHistory {
  /** Mean observed output tokens for the pair, or undefined while there are too few observations. */
  expectedOutputTokens(taskType: TaskType, complexity: Complexity): number | undefined;
  record(observation: OutputTokenObservation): Promise<void>;
}

export const DEFAULT_MIN_OUTPUT_OBSERVATIONS = 5;

export class InMemoryOutputTokenHistory implements OutputTokenHistory {
  private readonly totals = new Map<string, { count: number; sum: number }>();
  private readonly minObservations: number;

  constructor(options: { minObservations?: number } = {}) {
    this.minObservations = options.minObservations ?? DEFAULT_MIN_OUTPUT_OBSERVATIONS;
  }

  expectedOutputTokens(taskType: TaskType, complexity: Complexity): number | undefined {
    const total = this.totals.get(`${taskType}|${complexity}`);
    if (!total || total.count < this.minObservations) return undefined;
    return Math.round(total.sum / total.count);
  }

  async record({ taskType, complexity, outputTokens }: OutputTokenObservation): Promise<void> {
    if (!Number.isFinite(outputTokens) || outputTokens < 0) return;
    const key = `${taskType}|${complexity}`;
    const total = this.totals.get(key) ?? { count: 0, sum: 0 };
    total.count += 1;
    total.sum += outputTokens;
    this.totals.set(key, total);
  }
}
