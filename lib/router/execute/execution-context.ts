import type { Clock, ModelSpec, RandomSource } from "../types";
import type { ResolvedProvider } from "../providers/resolver";
import type { Sleep } from "../providers/sleep";
import type { CircuitBreakerRegistry } from "./circuit-breaker";
import type { ExecutionPolicy } from "./execution-policy";
import type { ExecutionRequest } from "./execution-types";

/** What the executor's two paths share, built once by createExecutor. */
export interface ExecutionContext {
  resolve: (model: ModelSpec) => ResolvedProvider;
  breaker: CircuitBreakerRegistry;
  clock: Clock;
  random: RandomSource;
  sleep: Sleep;
  policyFor: (request: ExecutionRequest) => ExecutionPolicy;
}
