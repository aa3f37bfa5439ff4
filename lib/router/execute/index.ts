// The execution layer's public surface: what route handlers and services call.
export { createExecutor, type Executor, type ExecutorDeps } from "./executor";
export type { AttemptRecord, ExecutionErrorInfo, ExecutionRequest, ExecutionResult, StreamEvent } from "./execution-types";
export { ExecutionFailedError } from "./execution-failed-error";
export { DEFAULT_EXECUTION_POLICY, executionPolicySchema, type ExecutionPolicy, type ExecutionPolicyInput } from "./execution-policy";
export { CircuitBreakerRegistry, type CircuitPermit, type CircuitSnapshot, type CircuitState, type TripReason } from "./circuit-breaker";
export { circuitBreakerOptionsSchema, type CircuitBreakerOptions, type CircuitBreakerOptionsInput } from "./circuit-breaker-options";
export { buildFallbackPlan, DEFAULT_FALLBACK_CHAIN, type FallbackPlan, type FallbackPlanInput } from "./fallback-plan";
export { DEFAULT_EXPECTED_OUTPUT_TOKENS } from "./cost-accounting";
export { createCompletionPort } from "./completion-port";
