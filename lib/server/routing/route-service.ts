import { randomUUID } from "node:crypto";
import { BudgetExhaustedError } from "@/lib/router/budget/budget-exhausted-error";
import { HOUR_MS, utcHourStart } from "@/lib/router/budget/utc-hour";
import { buildFallbackPlan } from "@/lib/router/execute/fallback-plan";
import type { Router } from "@/lib/router/router";
import { NoEligibleModelError } from "@/lib/router/select/no-eligible-model-error";
import type { TokenEstimator } from "@/lib/router/tokens/token-estimator";
import type { Classification, ClassifierName, Clock, RouteDecision } from "@/lib/router/types";
import { AppError, toAppError } from "@/lib/errors";
import type { SqlBudgetStore } from "@/lib/server/budget/sql-budget-store";
import type { SqlRegistry } from "@/lib/server/registry/sql-registry";
import type { RequestWriter } from "@/lib/server/requests/request-writer";
import { explanationToWire, relaxedToWire } from "@/lib/server/requests/stored-decision";
import type { SettingsStore } from "@/lib/server/settings/settings-store";
import { rejectedRecord, type RecordContext } from "./build-record";
import type { ClassifierSet } from "./classifier-set";
import { decidePinned } from "./pinned-decision";
import type { RouteInput, RoutedRequest } from "./route-input";

// Classify → decide (or honour a pinned model) → reserve: the first half of every request. A
// request the router refuses (no eligible model, budget used up) is recorded here before the error
// reaches the client; invalid input (an unknown policy, bad constraints) is rejected and recorded
// nowhere.

export interface RouteServiceDependencies {
  registry: SqlRegistry;
  settings: SettingsStore;
  classifiers: ClassifierSet;
  router: () => Router;
  tokens: TokenEstimator;
  budgetStore: SqlBudgetStore;
  writer: RequestWriter;
  clock: Clock;
  storePrompts: boolean;
  newId?: () => string;
}

/** Whether the hour's remaining budget is what excluded models (not only quality or constraints). */
function blockedByBudget(error: NoEligibleModelError): boolean {
  return (error.excludedBy.over_budget?.length ?? 0) > 0;
}

export class RouteDecider {
  private readonly newId: () => string;

  constructor(private readonly dependencies: RouteServiceDependencies) {
    this.newId = dependencies.newId ?? randomUUID;
  }

  recordContext(): RecordContext {
    const { storePrompts, registry, clock } = this.dependencies;
    return { storePrompts, bestModel: registry.bestQualityModel(), now: clock() };
  }

  async classify(prompt: string, classifier: ClassifierName | undefined, signal?: AbortSignal): Promise<Classification> {
    const settings = this.dependencies.settings.snapshot().routing;
    return this.dependencies.classifiers.classify({ name: classifier ?? settings.default_classifier, prompt, settings, signal });
  }

  async decide(input: RouteInput): Promise<RoutedRequest> {
    const classification = await this.classify(input.prompt, input.classifier, input.signal);
    const decision = await this.decideClassified(input, classification);
    const candidates = input.pinnedModelId
      ? decision.ranking
      : buildFallbackPlan({ ranking: decision.ranking, chain: input.fallbackChain, findModel: (id) => this.dependencies.registry.find(id) }).candidates;
    // Routed or pinned, the reservation is on the same hourly budget the router holds.
    const budget = this.dependencies.router().reservationCover(decision);
    return { input, decision, candidates, budget, startedAtMs: this.dependencies.clock() };
  }

  private async decideClassified(input: RouteInput, classification: Classification): Promise<RouteDecision> {
    const { settings } = this.dependencies;
    const policy = input.policy ?? settings.snapshot().routing.default_policy;
    try {
      if (input.pinnedModelId) return await this.decidePinned(input, classification);
      // The classification made above travels with the request: the router uses it as given.
      return await this.dependencies.router().decide(
        {
          prompt: input.prompt,
          messages: input.messages,
          constraints: input.constraints,
          requiredCapabilities: input.requiredCapabilities,
          maxOutputTokens: input.maxOutputTokens,
          signal: input.signal,
        },
        { policy, classification },
      );
    } catch (error) {
      if (error instanceof NoEligibleModelError) {
        const errorType = blockedByBudget(error) ? "budget_exceeded" : "no_eligible_model";
        const requestId = await this.recordRejection({ input, classification, policy, errorType, message: error.message, error });
        const mapped = toAppError(error)!;
        // The refusal is in the request log: its id travels with the error so the caller can find it.
        throw errorType === "budget_exceeded"
          ? new AppError("budget_exceeded", error.message, undefined, { ...mapped.details, request_id: requestId }).withHeaders({
              "retry-after": String(Math.max(1, Math.ceil((utcHourStart(this.dependencies.clock()) + HOUR_MS - this.dependencies.clock()) / 1000))),
            })
          : mapped.withDetails({ request_id: requestId });
      }
      if (error instanceof BudgetExhaustedError) {
        const requestId = await this.recordRejection({ input, classification, policy, errorType: "budget_exceeded", message: error.message });
        throw toAppError(error)!.withDetails({ request_id: requestId });
      }
      throw error;
    }
  }

  private async decidePinned(input: RouteInput, classification: Classification): Promise<RouteDecision> {
    const { registry, tokens, budgetStore, settings, clock } = this.dependencies;
    const model = registry.find(input.pinnedModelId!);
    if (!model) throw new AppError("not_found", `The model "${input.pinnedModelId}" does not exist; use "auto" to route`, "model");
    if (!model.enabled) throw new AppError("validation_error", `The model "${model.id}" is disabled in the registry`, "model");
    return decidePinned({
      route: input,
      model,
      classification,
      findModel: (id) => registry.find(id),
      tokens,
      budgetStore,
      budgetSettings: settings.snapshot().budget,
      now: clock(),
      id: this.newId(),
    });
  }

  private async recordRejection(rejection: {
    input: RouteInput;
    classification: Classification;
    policy: string;
    errorType: "budget_exceeded" | "no_eligible_model";
    message: string;
    error?: NoEligibleModelError;
  }): Promise<string> {
    const { error } = rejection;
    const decision = error
      ? {
          explanation: error.explanation.map(explanationToWire),
          ranking: [],
          relaxed: relaxedToWire(error.relaxed),
          budget: null,
          min_quality: null,
          estimated_latency_ms: null,
          simulation_reason: null,
        }
      : null;
    const record = rejectedRecord({
      route: rejection.input,
      id: this.newId(),
      classification: rejection.classification,
      errorType: rejection.errorType,
      message: rejection.message,
      policy: rejection.input.pinnedModelId ? "static" : rejection.policy,
      decision,
      context: this.recordContext(),
    });
    await this.dependencies.writer.write({ record, reservation: null, increments: [], outputObservation: null });
    return record.id;
  }
}
