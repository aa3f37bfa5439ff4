import type { Complexity, TaskType } from "../types";

// Expected output tokens before any history exists, per (task type, complexity). The figures are
// typical answer lengths for each kind of request (a one-line fact is ~60 tokens, a function with an
// explanation ~500, a proof or design document 1,500+) and only seed cost estimates until the
// history store has enough observed outputs for the pair. Two task types depend on their input:
// a translation is about as long as its source (×1.1), and a summary is at least a tenth of it.

export const DEFAULT_OUTPUT_TOKENS: Readonly<Record<TaskType, Readonly<Record<Complexity, number>>>> = {
  chat: { simple: 60, moderate: 200, complex: 450, expert: 700 },
  qa: { simple: 80, moderate: 250, complex: 550, expert: 900 },
  summarization: { simple: 120, moderate: 250, complex: 450, expert: 700 },
  code: { simple: 200, moderate: 500, complex: 1_000, expert: 1_600 },
  reasoning: { simple: 150, moderate: 400, complex: 800, expert: 1_500 },
  creative: { simple: 250, moderate: 500, complex: 900, expert: 1_300 },
  extraction: { simple: 100, moderate: 200, complex: 400, expert: 600 },
  translation: { simple: 80, moderate: 250, complex: 500, expert: 800 },
};

export interface OutputDefaultQuery {
  taskType: TaskType;
  complexity: Complexity;
  inputTokens: number;
}

export function defaultOutputTokens({ taskType, complexity, inputTokens }: OutputDefaultQuery): number {
  const tabled = DEFAULT_OUTPUT_TOKENS[taskType][complexity];
  if (taskType === "translation") return Math.max(tabled, Math.ceil(inputTokens * 1.1));
  if (taskType === "summarization") return Math.max(tabled, Math.ceil(inputTokens * 0.1));
  return tabled;
}
