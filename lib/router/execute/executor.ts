import type { Clock, ModelSpec, RandomSource } from "../types";
import type { ResolvedProvider } from "../providers/resolver";
import { realSleep, type Sleep } from "../providers/sleep";
import type { CircuitBreakerRegistry } from "./circuit-breaker";
import { executeCompletion } from "./execute-completion";
import { executeStream } from "./execute-stream";
import type { ExecutionContext } from "./execution-context";
import { executionPolicySchema, type ExecutionPolicy, type ExecutionPolicyInput } from "./execution-policy";
import type { ExecutionRequest, ExecutionResult, StreamEvent } from "./execution-types";

export interface ExecutorDeps {
  /** Usually `createProviderResolver(...)`; only `resolve` is used. */
  resolver: { resolve(model: ModelSpec): ResolvedProvider };
  breaker: CircuitBreakerRegistry;
  clock?: Clock;
  random?: RandomSource;
  /** Backoff waits go through this, so tests can skip them. */
  sleep?: Sleep;
  policy?: ExecutionPolicyInput;
}

export interface Executor {
  /** Resolves with the answer, or rejects with ExecutionFailedError carrying every attempt. */
  execute(request: ExecutionRequest): Promise<ExecutionResult>;
  /** Deltas after a `start` event, then exactly one `done` or `error` event. Never throws. */
  stream(request: ExecutionRequest): AsyncGenerator<StreamEvent, void, undefined>;
  readonly policy: ExecutionPolicy;
}

export function createExecutor(deps: ExecutorDeps): Executor {
  const policy = executionPolicySchema.parse(deps.policy ?? {});
  const context: ExecutionContext = {
    resolve: (model) => deps.resolver.resolve(model),
    breaker: deps.breaker,
    clock: deps.clock ?? Date.now,
    random: deps.random ?? Math.random,
    sleep: deps.sleep ?? realSleep,
    // Validated only when a request overrides something, keeping the common path allocation-free.
    policyFor: (request) => (request.policy ? executionPolicySchema.parse({ ...policy, ...request.policy }) : policy),
  };
  return {
    execute: (request) => executeCompletion(context, request),
    stream: (request) => executeStream(context, request),
    policy,
  };
}
