// The router core's shared vocabulary. Everything here is plain data or an interface (a port):
// the core never imports `next` or the Prisma client; stores, clocks, random sources, embedders
// and provider adapters are passed in, so every decision can be replayed in a unit test.

export const COMPLEXITIES = ["simple", "moderate", "complex", "expert"] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

export const TASK_TYPES = [
  "chat",
  "qa",
  "summarization",
  "code",
  "reasoning",
  "creative",
  "extraction",
  "translation",
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const CAPABILITIES = ["code", "reasoning", "creative", "vision", "long_context", "json", "tools"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CLASSIFIER_NAMES = ["rules", "embedding", "llm", "cascade"] as const;
export type ClassifierName = (typeof CLASSIFIER_NAMES)[number];

export const PROVIDER_KINDS = ["openai", "anthropic", "google", "openai_compatible", "simulator"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A registered model. Prices are USD per 1M tokens; `null` means the price is unknown (the model is "unpriced"). */
export interface ModelSpec {
  /** Unique id users pick, e.g. "gpt-4o-mini". */
  id: string;
  /** Provider id, e.g. "openai", "anthropic", "google", or a custom OpenAI-compatible provider's id. */
  provider: string;
  /** The name the provider's API expects, e.g. "claude-3-5-haiku-20241022". */
  providerModel: string;
  inputPricePer1M: number | null;
  outputPricePer1M: number | null;
  cachedInputPricePer1M: number | null;
  contextWindow: number;
  maxOutputTokens: number;
  /** Typical end-to-end latency of one call, milliseconds. */
  latencyMs: number;
  /** Quality score in [0, 1]. */
  qualityScore: number;
  capabilities: readonly Capability[];
  enabled: boolean;
}

/** How a provider is reached. Keys never live here: only the name of the env var that holds one. */
export interface ProviderSpec {
  id: string;
  kind: ProviderKind;
  /** Base URL for OpenAI-compatible servers; undefined means the SDK default (or its *_BASE_URL env var). */
  baseUrl?: string;
  /** Name of the environment variable that holds this provider's API key. */
  apiKeyEnv?: string;
}

export interface ClassificationFeatures {
  characters: number;
  words: number;
  estimatedTokens: number;
  questionMarks: number;
  codeBlocks: number;
  /** Human-readable signals that matched, e.g. "complexity:expert:prove", "task:code:fenced_block". */
  signals: string[];
  [extra: string]: unknown;
}

export interface Classification {
  complexity: Complexity;
  taskType: TaskType;
  /** In [0, 1]. */
  confidence: number;
  /** Which classifier produced this result (for a cascade: the stage that decided). */
  classifier: ClassifierName;
  features: ClassificationFeatures;
  /** Set when a stage failed and another result was used instead (e.g. the LLM classifier timed out). */
  fallbackReason?: string;
}

/** Injected time source: milliseconds since the epoch. */
export type Clock = () => number;
/** Injected random source: uniform in [0, 1). */
export type RandomSource = () => number;

/**
 * Read side of the per-model circuit breakers (lib/router/execute owns the breakers). Selection
 * excludes a model as `circuit_open` while this says so; a half-open circuit that still has its
 * probe slot free reports `false` so one request can probe it.
 */
export interface CircuitView {
  isOpen(modelId: string): boolean;
}
