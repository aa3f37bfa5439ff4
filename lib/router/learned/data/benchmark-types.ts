// The in-memory form of a routing benchmark file (one prompt per row, every model's outcome on it).
// Scores are normalised to [0, 1]; arrays are aligned with `BenchmarkDataset.models`.

export interface BenchmarkRow {
  id: string;
  prompt: string;
  /** The task the row came from; kept for reporting only, never used as a routing feature. */
  sourceTask: string | undefined;
  /** Quality in [0, 1] per model (null: the model's outcome is missing). */
  scores: readonly (number | null)[];
  /** USD for this call per model, when the file has costs. */
  costs: readonly (number | null)[] | undefined;
  /** RouteLLM's flag for prompts that overlap router training data: such rows stay out of metrics. */
  contaminated: boolean;
}

export interface BenchmarkDataset {
  models: readonly string[];
  rows: readonly BenchmarkRow[];
  /** True when every row carries per-call costs. */
  hasCosts: boolean;
}
