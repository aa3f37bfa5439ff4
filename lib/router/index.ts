// Public API of the router core. Import from "@/lib/router" rather than from individual files.

export * from "./types";

// Facade
export { createRouter, Router } from "./router";
export { UnknownPolicyError } from "./policies/unknown-policy-error";
export type { DecideOptions, OutcomeInput, RatingInput, RouterOptions } from "./router";

// Classification
export { RuleClassifier, fitRuleCalibration, LONG_PROMPT_WORDS } from "./classify/rule-classifier";
export type { RuleClassifierOptions } from "./classify/rule-classifier";
export { RuleCalibration } from "./classify/rule-confidence";
export { EmbeddingClassifier } from "./classify/embedding-classifier";
export type { EmbeddingClassifierOptions } from "./classify/embedding-classifier";
export type { EmbeddingStrategy } from "./classify/label-head";
export { isSparseEmbedder, type SparseEmbedder } from "./classify/embedding-model";
export { defaultLocalEmbedder } from "./classify/default-local-embedder";
export { LlmClassifier, DEFAULT_LLM_CLASSIFIER_MODEL, DEFAULT_LLM_TIMEOUT_MS } from "./classify/llm-classifier";
export type { LlmAttempt, LlmClassifierOptions } from "./classify/llm-classifier";
export { llmClassificationSchema } from "./classify/llm-classification-prompt";
export { CascadeClassifier, DEFAULT_EMBEDDING_THRESHOLD, DEFAULT_LLM_THRESHOLD } from "./classify/cascade-classifier";
export type { CascadeClassifierOptions } from "./classify/cascade-classifier";
export { createClassifier } from "./classify/create-classifier";
export type { ClassifierConfig } from "./classify/create-classifier";
export { labelledExampleSchema, loadDefaultExamples } from "./classify/labelled-examples";
export { examplesFromTraffic } from "./classify/traffic-examples";
export type { TrafficExampleOptions, TrafficRecord } from "./classify/traffic-examples";
export type { LabelledExample } from "./classify/labelled-examples";

// Embeddings
export type { Embedder, SparseVector } from "./embed/embedder";
export { LocalEmbedder, fitIdf, sparseDot, tokenizeWords } from "./embed/local-embedder";
export { OpenAIEmbedder, MissingEmbeddingsApiKeyError } from "./embed/openai-embedder";
export type { OpenAIEmbedderOptions } from "./embed/openai-embedder";

// Registry and selection
export { DEFAULT_MODELS, DEFAULT_PROVIDERS } from "./registry/default-models";
export { InMemoryModelRegistry, UnknownModelError } from "./registry/model-registry";
export type { RegistryView } from "./registry/model-registry";
export { modelSpecSchema } from "./registry/model-spec-schema";
export { selectRoute } from "./select/select-route";
export type { RouteSelection, RouteSelectionInput } from "./select/select-route";
export { estimateModels, worstCaseOutputTokens } from "./select/estimate-models";
export { buildRouteDecision } from "./select/build-route-decision";
export { NoEligibleModelError } from "./select/no-eligible-model-error";
export { COMPLEXITY_QUALITY_FLOOR, TASK_CAPABILITIES, qualityFloor, requiredCapabilities } from "./select/quality-floors";
export { routeConstraintsSchema, routeConstraintsWireSchema } from "./select/route-constraints";
export type { RouteConstraintsWire } from "./select/route-constraints";
export { routeRequestSchema } from "./select/route-request-schema";

// Tokens
export { TokenEstimator } from "./tokens/token-estimator";
export type { TokenEstimatorOptions } from "./tokens/token-estimator";
export { countChatTokens, countO200kTokens, countTextTokens } from "./tokens/o200k-token-counter";
export { APPROXIMATION_FACTORS, inputTokensForModel, tokenFamilyOf } from "./tokens/model-token-family";
export { DEFAULT_OUTPUT_TOKENS, defaultOutputTokens } from "./tokens/output-token-defaults";
export { InMemoryOutputTokenHistory } from "./tokens/output-token-history";
export type { OutputTokenHistory, OutputTokenObservation } from "./tokens/output-token-history";

// Policies
export type { Candidate, PolicyChoice, PolicyContext, PolicyPreparation, RoutingPolicy } from "./policies/routing-policy";
export { StaticPolicy } from "./policies/static-policy";
export { BudgetPolicy } from "./policies/budget-policy";
export type { BudgetFloorMode } from "./policies/budget-policy";
export { EpsilonGreedyPolicy } from "./policies/epsilon-greedy-policy";
export type { EpsilonGreedyOptions } from "./policies/epsilon-greedy-policy";
export { ThompsonSamplingPolicy } from "./policies/thompson-sampling-policy";
export type { ThompsonSamplingOptions } from "./policies/thompson-sampling-policy";
export { LearnedPolicy, DEFAULT_LEARNED_COST_WEIGHT } from "./policies/learned-policy";
export type { LearnedPolicyOptions } from "./policies/learned-policy";
export { createPolicy, policyConfigSchema } from "./policies/create-policy";
export type { PolicyConfig } from "./policies/create-policy";
export { replayTargetProbability } from "./policies/replay-target";
export type { ReplayContext } from "./policies/replay-target";

// Adaptive learning
export {
  DEFAULT_HALF_LIFE_MS,
  REBASE_AFTER_HALF_LIVES,
  decayWeight,
} from "./learning/adaptive-stats-store";
export type {
  AdaptiveStatsRow,
  AdaptiveStatsSnapshot,
  AdaptiveStatsStore,
  StatsCell,
  StatsIncrement,
} from "./learning/adaptive-stats-store";
export { InMemoryAdaptiveStatsStore } from "./learning/in-memory-stats-store";
export { readStats } from "./learning/read-stats";
export type { ModelStats } from "./learning/read-stats";
export { cellOf, decisionIncrement, feedbackIncrement, feedbackSchema } from "./learning/feedback";
export type { Feedback, FeedbackFacts } from "./learning/feedback";
export { buildPerformanceReport } from "./learning/performance-report";
export type { ModelPerformance, PerformanceGroup, PerformanceReport } from "./learning/performance-report";
export { estimateOffPolicy } from "./learning/off-policy-estimator";
export type { LoggedDecision, OffPolicyEstimate, OffPolicyInput } from "./learning/off-policy-estimator";
export { adaptiveScore, DEFAULT_SCORE_WEIGHTS } from "./learning/adaptive-score";
export type { ScoreWeights } from "./learning/adaptive-score";
export { hashToSeed, normalDraw, seededRandom } from "./learning/seeded-random";

// Budget
export type {
  BudgetHourState,
  BudgetStore,
  GrowRequest,
  ReconcileRequest,
  ReserveRequest,
  ReserveResult,
} from "./budget/budget-store";
export { InMemoryBudgetStore } from "./budget/in-memory-budget-store";
export { HourlyBudget } from "./budget/hourly-budget";
export type { BudgetGate, GrowthInput, HourlyBudgetOptions, OnBudgetExhausted } from "./budget/hourly-budget";
export { DEFAULT_RESERVATION_MODE, RESERVATION_MODES, reservationAmountNano, type ReservationMode } from "./budget/reservation-amount";
export { createReservationCover } from "./budget/reservation-cover";
export { assessBudget } from "./budget/budget-assessment";
export type { BudgetAssessment } from "./budget/budget-assessment";
export { BudgetExhaustedError } from "./budget/budget-exhausted-error";
export { pacingFloorDrop, projectedPace, thresholdFloorDrop } from "./budget/floor-drop";
export { utcHourStart, utcHourLabel, HOUR_MS } from "./budget/utc-hour";

// Execution: call the chosen model (and its fallbacks) with retries and circuit breaking, streaming included
export { createExecutor, type Executor, type ExecutorDeps } from "./execute/executor";
export type { AttemptRecord, ExecutionErrorInfo, ExecutionRequest, ExecutionResult, StreamEvent } from "./execute/execution-types";
export type { AttemptBudget, AttemptCoverage } from "./execute/attempt-budget";
export { ExecutionFailedError } from "./execute/execution-failed-error";
export { DEFAULT_EXECUTION_POLICY, executionPolicySchema, type ExecutionPolicy, type ExecutionPolicyInput } from "./execute/execution-policy";
export { CircuitBreakerRegistry, type CircuitPermit, type CircuitSnapshot, type CircuitState, type TripReason } from "./execute/circuit-breaker";
export { circuitBreakerOptionsSchema, type CircuitBreakerOptions, type CircuitBreakerOptionsInput } from "./execute/circuit-breaker-options";
export { buildFallbackPlan, DEFAULT_FALLBACK_CHAIN, type FallbackPlan, type FallbackPlanInput } from "./execute/fallback-plan";
export { DEFAULT_EXPECTED_OUTPUT_TOKENS } from "./execute/cost-accounting";
export { createCompletionPort } from "./execute/completion-port";

// Providers: one adapter per provider behind one interface, and the simulator
export type { ChatMessage, ChatRole, ProviderAdapter, ProviderCallInput, ProviderCompletion, ProviderStreamChunk } from "./providers/adapter";
export { ERROR_CLASSES, isRetryableClass, isHealthFailure, type ErrorClass } from "./providers/error-class";
export { ProviderError, isProviderError, type ProviderErrorInit } from "./providers/provider-error";
export { BASE_URL_ENV, DEFAULT_KEY_ENV, apiKeyEnvSchema, type CredentialLookup } from "./providers/credentials";
export {
  createProviderResolver,
  providerSpecSchema,
  type ProviderResolver,
  type ProviderResolverOptions,
  type ProviderStatus,
  type ResolvedProvider,
} from "./providers/resolver";
export { MissingCredentialError, UnknownProviderError } from "./providers/resolver-errors";
export { createSimulatorAdapter, type SimulatorAdapter, type SimulatorAdapterSettings } from "./providers/simulator";
export { simulatorConfigSchema, type SimulatorConfig, type SimulatorConfigInput } from "./providers/simulator-config";
export { createOpenAIAdapter, OPENAI_DEFAULT_BASE_URL } from "./providers/openai";
export { createAnthropicAdapter, ANTHROPIC_DEFAULT_BASE_URL } from "./providers/anthropic";
export { createGoogleAdapter, GEMINI_OPENAI_BASE_URL } from "./providers/google";
export { createOpenAICompatibleAdapter } from "./providers/openai-compatible";
export { realSleep, type Sleep } from "./providers/sleep";
