import type { TokenUsage } from "../cost/model-cost";
import type { Clock, ModelSpec, RandomSource } from "../types";
import { isHealthFailure } from "../providers/error-class";
import { ProviderError } from "../providers/provider-error";
import type { ResolvedProvider } from "../providers/resolver";
import type { AttemptBudget } from "./attempt-budget";
import { retryDelayMs } from "./backoff";
import type { CircuitBreakerRegistry, CircuitPermit } from "./circuit-breaker";
import { pricedAttempt, totalCost } from "./cost-accounting";
import { ExecutionFailedError } from "./execution-failed-error";
import type { ExecutionPolicy } from "./execution-policy";
import type { AttemptRecord } from "./execution-types";

export interface PlannedAttempt {
  model: ModelSpec;
  resolved: ResolvedProvider;
  attempt: number;
  permit: CircuitPermit;
  startedAt: number;
}

export interface AttemptPlannerDeps {
  candidates: readonly ModelSpec[];
  resolve: (model: ModelSpec) => ResolvedProvider;
  breaker: CircuitBreakerRegistry;
  policy: ExecutionPolicy;
  clock: Clock;
  random: RandomSource;
  promptTokens: number;
  /** Clock time after which no retry is scheduled. */
  deadline: number;
  /** True once the request as a whole is over (overall timeout, caller abort). */
  stopped: () => boolean;
  /** The request's budget reservation, asked before each model's first call (worst-case reservations). */
  budget?: AttemptBudget;
}

/**
 * Decides the order of attempts, shared by the non-streaming and streaming paths: which model
 * next, whether a failure is retried (and after how long) or falls back, which models are skipped
 * (open circuit, missing configuration, a context window no larger than one that already overflowed,
 * a worst case the request's budget reservation cannot grow to cover).
 * It records every attempt and reports every outcome to the circuit breaker.
 */
export class AttemptPlanner {
  readonly attempts: AttemptRecord[] = [];
  private modelIndex = 0;
  private attemptOnModel = 0;
  private calls = 0;
  private resolved: ResolvedProvider | null = null;
  private contextFloor = 0;
  private halted = false;
  private lastCallError: ProviderError | null = null;
  private lastSkipError: ProviderError | null = null;

  constructor(private readonly deps: AttemptPlannerDeps) {}

  async next(): Promise<PlannedAttempt | null> {
    const { deps } = this;
    while (!this.halted && !deps.stopped() && this.calls < deps.policy.maxAttempts) {
      const model = deps.candidates[this.modelIndex];
      if (!model) return null;
      if (this.attemptOnModel === 0 && !this.prepareModel(model)) continue;
      const resolved = this.resolved;
      if (!resolved) {
        this.advance(); // unreachable: prepareModel sets it; never loop on a model without one
        continue;
      }
      const permit = deps.breaker.tryAcquire(model.id);
      if (permit === "rejected") {
        this.skip(model, new ProviderError({ errorClass: "circuit_open", providerId: model.provider, message: `${model.id} circuit_open: skipped while its circuit breaker is open` }));
        continue;
      }
      // Only a model's first attempt needs covering. At most one attempt of a request is billed: a
      // call that fails before any output costs nothing (cost-accounting.ts), and one that fails
      // after producing output ends the request. So a reservation as large as the worst case of
      // every model tried covers whichever attempt is billed, retries included.
      if (this.attemptOnModel === 0 && deps.budget) {
        const why = await this.uncoveredReason(deps.budget, model);
        if (why !== null || deps.stopped()) {
          deps.breaker.release(model.id, permit);
          if (why !== null) this.skip(model, new ProviderError({ errorClass: "budget_exceeded", providerId: model.provider, message: `${model.id} budget_exceeded: skipped, ${why}` }));
          continue;
        }
      }
      this.calls++;
      this.attemptOnModel++;
      return { model, resolved, attempt: this.attemptOnModel, permit, startedAt: deps.clock() };
    }
    return null;
  }

  recordSuccess(planned: PlannedAttempt, usage: TokenUsage, usageEstimated: boolean): AttemptRecord {
    this.deps.breaker.recordSuccess(planned.model.id, planned.permit);
    return this.record(planned, { status: "success", error: null, usage, usageEstimated });
  }

  /**
   * Records a failed call and returns the wait before retrying the same model, or null to move on
   * (or stop). `final` marks a failure that must not be retried or fallen back from (a stream
   * that already delivered text).
   */
  recordFailure(planned: PlannedAttempt, error: ProviderError, partial?: { usage: TokenUsage; final: boolean }): number | null {
    const { breaker, policy, clock } = this.deps;
    if (error.errorClass === "aborted") breaker.release(planned.model.id, planned.permit);
    else if (isHealthFailure(error.errorClass)) breaker.recordFailure(planned.model.id, planned.permit);
    else breaker.recordSuccess(planned.model.id, planned.permit); // it answered, if only to refuse
    const record = this.record(planned, { status: "error", error, usage: partial?.usage ?? null, usageEstimated: partial !== undefined });
    this.lastCallError = error;
    if (partial?.final || error.errorClass === "aborted") {
      this.halted = true;
      return null;
    }
    if (error.errorClass === "context_length") this.contextFloor = Math.max(this.contextFloor, planned.model.contextWindow);
    const retriesUsed = this.attemptOnModel - 1;
    const waitTooLong = error.retryAfterMs !== null && error.retryAfterMs > policy.maxRetryAfterMs;
    // A failure that just opened the model's circuit ends its retries: move on without waiting.
    if (error.isRetryable && retriesUsed < policy.maxRetriesPerModel && !waitTooLong && !breaker.isOpen(planned.model.id)) {
      const delay = retryDelayMs({ retryIndex: retriesUsed, baseMs: policy.backoffBaseMs, maxMs: policy.backoffMaxMs, retryAfterMs: error.retryAfterMs, random: this.deps.random });
      if (clock() + delay < this.deps.deadline) {
        record.retryDelayMs = delay;
        return delay;
      }
    }
    this.advance();
    return null;
  }

  /** The error to throw (or stream) when no attempt succeeded: the last real failure, else the last skip. */
  failure(): ExecutionFailedError {
    const error = this.lastCallError ?? this.lastSkipError;
    const info = error
      ? { errorClass: error.errorClass, message: error.message, httpStatus: error.status, isRetryable: error.isRetryable }
      : { errorClass: "not_configured" as const, message: "no candidate model to try", httpStatus: null, isRetryable: false };
    return new ExecutionFailedError({ info, attempts: this.attempts, costNano: totalCost(this.attempts).costNano });
  }

  /** Null when the reservation covers the model. A failing budget store counts as not covered: never call unbudgeted. */
  private async uncoveredReason(budget: AttemptBudget, model: ModelSpec): Promise<string | null> {
    try {
      const coverage = await budget.cover(model);
      return coverage.covered ? null : coverage.why;
    } catch {
      return "the budget reservation could not be checked";
    }
  }

  private prepareModel(model: ModelSpec): boolean {
    const { promptTokens } = this.deps;
    if (model.contextWindow <= this.contextFloor) {
      this.skip(model, this.contextError(model, `its ${model.contextWindow}-token window is no larger than one that already overflowed`));
      return false;
    }
    // Counted with GPT-4o's tokenizer: other providers' tokenizers yield more tokens for the
    // same text, so an overflow here is an overflow there too.
    if (promptTokens > model.contextWindow) {
      this.contextFloor = Math.max(this.contextFloor, model.contextWindow);
      this.skip(model, this.contextError(model, `the prompt's ~${promptTokens} tokens exceed its ${model.contextWindow}-token window`));
      return false;
    }
    try {
      this.resolved = this.deps.resolve(model);
      return true;
    } catch (error) {
      const reason = error instanceof ProviderError ? error : new ProviderError({ errorClass: "not_configured", providerId: model.provider, message: `${model.provider} not_configured` });
      this.skip(model, reason);
      return false;
    }
  }

  private contextError(model: ModelSpec, why: string): ProviderError {
    return new ProviderError({ errorClass: "context_length", providerId: model.provider, message: `${model.id} context_length: skipped, ${why}` });
  }

  private skip(model: ModelSpec, error: ProviderError): void {
    const simulated = this.resolved?.simulated ?? false;
    this.attempts.push({
      modelId: model.id,
      provider: model.provider,
      attempt: this.attemptOnModel + 1,
      status: "skipped",
      httpStatus: null,
      errorClass: error.errorClass,
      errorMessage: error.message,
      startedAt: this.deps.clock(),
      latencyMs: 0,
      usage: null,
      costNano: 0,
      costUsd: 0,
      costEstimated: false,
      simulated,
      retryDelayMs: null,
    });
    this.lastSkipError = error;
    this.advance();
  }

  private advance(): void {
    this.modelIndex++;
    this.attemptOnModel = 0;
    this.resolved = null;
  }

  private record(
    planned: PlannedAttempt,
    outcome: { status: "success" | "error"; error: ProviderError | null; usage: TokenUsage | null; usageEstimated: boolean },
  ): AttemptRecord {
    const cost = pricedAttempt(planned.model, outcome.usage);
    const record: AttemptRecord = {
      modelId: planned.model.id,
      provider: planned.model.provider,
      attempt: planned.attempt,
      status: outcome.status,
      httpStatus: outcome.error?.status ?? null,
      errorClass: outcome.error?.errorClass ?? null,
      errorMessage: outcome.error?.message ?? null,
      startedAt: planned.startedAt,
      latencyMs: this.deps.clock() - planned.startedAt,
      usage: outcome.usage,
      costNano: cost.costNano,
      costUsd: cost.costUsd,
      costEstimated: outcome.usageEstimated,
      simulated: planned.resolved.simulated,
      retryDelayMs: null,
    };
    this.attempts.push(record);
    return record;
  }
}
