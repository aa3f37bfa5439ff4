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
  /** For a cascade: every stage consulted, in order. */
  stages?: readonly ClassifierStage[];
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

// ---------------------------------------------------------------------------------------------
// Classification, selection and decision vocabulary (issue 3). Additive: nothing above changes.
// ---------------------------------------------------------------------------------------------

/** One stage a cascade consulted, in order; the entry with `decided: true` produced the result. */
export interface ClassifierStage {
  classifier: ClassifierName;
  decided: boolean;
  /** The stage's answer; absent when the stage failed (see `error`). */
  complexity?: Complexity;
  taskType?: TaskType;
  confidence?: number;
  error?: string;
}

export interface ClassifyOptions {
  /** Aborts a remote classification (LLM call or remote embeddings). */
  signal?: AbortSignal;
}

/**
 * A classifier. `classifySync` is the microsecond fast path (rules, the local embedder): it returns
 * undefined when the answer needs I/O (an LLM call, a remote embedder), and callers then await `classify`.
 */
export interface Classifier {
  readonly name: ClassifierName;
  classify(prompt: string, options?: ClassifyOptions): Promise<Classification>;
  classifySync?(prompt: string): Classification | undefined;
}

/** A classifier that always answers synchronously (the rule classifier). */
export interface SyncClassifier extends Classifier {
  classifySync(prompt: string): Classification;
}

export interface CompletionMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What the LLM classifier asks of the execution layer: one non-streaming completion by registry model id. */
export interface CompletionRequest {
  /** Registry model id (the execution layer resolves provider and provider model name). */
  model: string;
  messages: readonly CompletionMessage[];
  timeoutMs: number;
  signal?: AbortSignal;
  maxOutputTokens?: number;
  temperature?: number;
}

export interface CompletionPort {
  complete(request: CompletionRequest): Promise<{ text: string }>;
}

/** Why a model was not eligible, in the order they are checked (the first one is reported). */
export const EXCLUSION_REASONS = [
  "disabled",
  "below_quality",
  "missing_capability",
  "over_cost",
  "over_latency",
  "context_too_small",
  "unpriced",
  "provider_filtered",
  "circuit_open",
  "over_budget",
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const POLICY_NAMES = ["static", "adaptive", "budget", "learned"] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** Caller constraints on one request (the wire form is snake_case; see select/route-constraints.ts). */
export interface RouteConstraints {
  /** Raises the complexity's quality floor; never lowers it. */
  minQuality?: number;
  /** Upper bound on the estimated USD cost of this request. */
  maxCostUsd?: number;
  maxLatencyMs?: number;
  /** Only models of this provider (or these providers). */
  provider?: string | readonly string[];
  /** Let models without a price be chosen (their cost is unknown, so `maxCostUsd` cannot exclude them). */
  allowUnpriced?: boolean;
  /** When nothing is eligible: drop the quality floor first, then the latency bound, instead of failing. */
  relax?: boolean;
}

export interface RouteRequest {
  /** The text that is classified (usually the last user message). */
  prompt: string;
  /** The whole conversation, when there is one: input tokens are counted over it. */
  messages?: readonly { role: string; content: string }[];
  constraints?: RouteConstraints;
  /** Capabilities this request needs beyond its task type's (e.g. `json`, `tools`, `vision`). */
  requiredCapabilities?: readonly Capability[];
  /** The caller's output limit (`max_tokens`): caps the expected output length and bounds the worst case. */
  maxOutputTokens?: number;
  signal?: AbortSignal;
}

/** Per-model estimates for one request. Costs are null for unpriced models. */
export interface ModelEstimate {
  inputTokens: number;
  /** Expected output length. */
  outputTokens: number;
  /** Cost of the input tokens plus the expected output. */
  costNano: number | null;
  costUsd: number | null;
  /** The longest answer the call may produce (the caller's max_tokens, else the model's output limit). */
  worstCaseOutputTokens: number;
  /** Cost of the input tokens plus the longest possible answer: the most the call can cost. */
  worstCaseCostNano: number | null;
  latencyMs: number;
}

export interface ModelExplanation extends ModelEstimate {
  modelId: string;
  provider: string;
  qualityScore: number;
  status: "chosen" | "eligible" | "excluded";
  /** The first reason (in EXCLUSION_REASONS order); set only when excluded. */
  exclusionReason?: ExclusionReason;
  /** Every reason that applies, in EXCLUSION_REASONS order; empty when eligible. */
  exclusionReasons: readonly ExclusionReason[];
  /** Position in the ranking (0 = chosen); set for chosen and eligible models. */
  rank?: number;
  /** Human-readable detail of the first exclusion, e.g. "quality 0.78 < floor 0.9". */
  detail?: string;
}

export interface RelaxedConstraint {
  constraint: "min_quality" | "max_latency_ms";
  from: number;
  /** The new bound; null when the bound was dropped. */
  to: number | null;
}

export interface DecisionBudget {
  hourStartMs: number;
  budgetUsd: number;
  spentUsd: number;
  reservedUsd: number;
  remainingUsd: number;
  /** How much the quality floor was lowered by low budget or pacing (0 when not). */
  floorDrop: number;
  /** True when the hour's budget was used up and only the cheapest eligible model was allowed. */
  cheapestOnly: boolean;
}

export interface BudgetReservation {
  id: string;
  hourStartMs: number;
  amountNano: number;
}

export interface RouteDecision {
  id: string;
  decidedAt: number;
  classification: Classification;
  /** The chosen model (= ranking[0]). */
  model: ModelSpec;
  /** Every eligible model in preference order, chosen first: the fallback chain. */
  ranking: readonly ModelSpec[];
  /** Every registered model, in registry order. */
  explanation: readonly ModelExplanation[];
  reason: string;
  estimatedCostUsd: number | null;
  estimatedCostNano: number | null;
  estimatedLatencyMs: number;
  estimatedInputTokens: number;
  estimatedOutputTokens: number;
  /** The quality floor actually applied (after budget adjustment and relaxation). */
  minQuality: number;
  relaxed: readonly RelaxedConstraint[];
  policy: PolicyName;
  /** The policy's variant, e.g. "epsilon_greedy" or "thompson" for `adaptive`. */
  policyVariant?: string;
  explored: boolean;
  /** Probability with which the policy picked the chosen model (1 for deterministic policies). */
  propensity: number;
  budget?: DecisionBudget;
  reservation?: BudgetReservation;
}

export interface QualityPredictionInput {
  prompt: string;
  classification: Classification;
  models: readonly ModelSpec[];
}

/** Learned quality predictor (lib/router/learned): expected quality in [0, 1] per model id. */
export interface QualityPredictor {
  readonly id: string;
  predict(input: QualityPredictionInput): ReadonlyMap<string, number> | Promise<ReadonlyMap<string, number>>;
}
