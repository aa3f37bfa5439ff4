import { randomUUID } from "node:crypto";
import { assessBudget, type BudgetAssessment } from "./budget/budget-assessment";
import { BudgetExhaustedError } from "./budget/budget-exhausted-error";
import type { BudgetHourState } from "./budget/budget-store";
import { describeBudget } from "./budget/describe-budget";
import { HourlyBudget, type HourlyBudgetOptions } from "./budget/hourly-budget";
import { reservationAmountNano } from "./budget/reservation-amount";
import { createReservationCover } from "./budget/reservation-cover";
import { RuleClassifier } from "./classify/rule-classifier";
import type { AttemptBudget } from "./execute/attempt-budget";
import type { AdaptiveStatsStore } from "./learning/adaptive-stats-store";
import { cellOf, decisionIncrement, feedbackIncrement } from "./learning/feedback";
import { InMemoryAdaptiveStatsStore } from "./learning/in-memory-stats-store";
import { buildPerformanceReport, type PerformanceReport } from "./learning/performance-report";
import type { RoutingPolicy } from "./policies/routing-policy";
import { StaticPolicy } from "./policies/static-policy";
import { UnknownPolicyError } from "./policies/unknown-policy-error";
import { InMemoryModelRegistry, type RegistryView } from "./registry/model-registry";
import { buildRouteDecision } from "./select/build-route-decision";
import { estimateModels } from "./select/estimate-models";
import { parseRouteRequest } from "./select/route-request-schema";
import { selectRoute } from "./select/select-route";
import { InMemoryOutputTokenHistory, type OutputTokenHistory } from "./tokens/output-token-history";
import { TokenEstimator } from "./tokens/token-estimator";
import type {
  CircuitView,
  Classification,
  Classifier,
  Clock,
  ModelSpec,
  PolicyName,
  RandomSource,
  RouteDecision,
  RouteRequest,
} from "./types";

// The router facade: classify → estimate → (budget) → select and explain → reserve. Every
// dependency is injectable, so a decision is reproducible from its inputs in a test.

export interface RouterOptions {
  registry?: RegistryView | readonly ModelSpec[];
  /** Defaults to the rule classifier (sharing the router's token counter). */
  classifier?: Classifier;
  /** The policy used when a request names none; defaults to `static`. */
  policy?: RoutingPolicy;
  /** Further policies a request may select by name (e.g. from the playground). */
  policies?: readonly RoutingPolicy[];
  clock?: Clock;
  random?: RandomSource;
  stats?: AdaptiveStatsStore;
  outputHistory?: OutputTokenHistory;
  budget?: HourlyBudget | HourlyBudgetOptions;
  circuits?: CircuitView;
  tokens?: TokenEstimator;
  newId?: () => string;
  /** Count each decision (and whether it explored) in the adaptive statistics. Default true. */
  recordDecisions?: boolean;
}

export interface DecideOptions {
  policy?: PolicyName;
  /**
   * The prompt's classification when the caller has already made it (for instance to record a
   * refusal with it, or with a classifier the request named): the router uses it as given and does
   * not classify again.
   */
  classification?: Classification;
}

export interface OutcomeInput {
  decision: RouteDecision;
  /** The model that finally answered, when the execution layer fell back along the ranking. */
  modelId?: string;
  success: boolean;
  latencyMs?: number;
  /** Actual cost of the request, all attempts included, from lib/router/cost (0 or absent when nothing was billed). */
  costNano?: number;
  outputTokens?: number;
  /** Earlier attempts that failed before the answering model (fallback): each counts as a failure of its model. */
  failedAttempts?: readonly { modelId: string; latencyMs?: number; costNano?: number }[];
  at?: number;
}

export interface RatingInput {
  decision: Pick<RouteDecision, "classification" | "model">;
  modelId?: string;
  quality: number;
  at?: number;
}

const MAX_RESERVATION_ATTEMPTS = 3;

export class Router {
  readonly registry: RegistryView;
  readonly classifier: Classifier;
  readonly defaultPolicy: RoutingPolicy;
  readonly stats: AdaptiveStatsStore;
  readonly outputHistory: OutputTokenHistory;
  readonly budget: HourlyBudget | undefined;
  readonly tokens: TokenEstimator;
  private readonly policies: ReadonlyMap<PolicyName, RoutingPolicy>;
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly circuits: CircuitView | undefined;
  private readonly newId: () => string;
  private readonly recordDecisions: boolean;

  constructor(options: RouterOptions = {}) {
    this.registry = !options.registry
      ? new InMemoryModelRegistry()
      : "list" in options.registry
        ? options.registry
        : new InMemoryModelRegistry(options.registry);
    this.outputHistory = options.outputHistory ?? new InMemoryOutputTokenHistory();
    this.tokens = options.tokens ?? new TokenEstimator({ history: this.outputHistory });
    this.classifier = options.classifier ?? new RuleClassifier({ countTokens: (text) => this.tokens.countText(text) });
    this.defaultPolicy = options.policy ?? new StaticPolicy();
    this.policies = new Map([...(options.policies ?? []), this.defaultPolicy].map((policy) => [policy.name, policy]));
    this.stats = options.stats ?? new InMemoryAdaptiveStatsStore();
    this.budget = options.budget instanceof HourlyBudget || !options.budget ? options.budget : new HourlyBudget(options.budget);
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.circuits = options.circuits;
    this.newId = options.newId ?? randomUUID;
    this.recordDecisions = options.recordDecisions ?? true;
    for (const policy of this.policies.values()) {
      if (policy.floorDrop && !this.budget) throw new Error(`The ${policy.name} policy needs an hourly budget`);
    }
  }

  policyNames(): PolicyName[] {
    return [...this.policies.keys()];
  }

  async decide(request: RouteRequest, options: DecideOptions = {}): Promise<RouteDecision> {
    const valid = parseRouteRequest(request);
    const policy = this.policyFor(options.policy);
    const classification =
      options.classification ??
      this.classifier.classifySync?.(valid.prompt) ??
      (await this.classifier.classify(valid.prompt, { signal: valid.signal }));
    const models = this.registry.list();
    const estimates = estimateModels({ models, request: valid, classification, tokens: this.tokens });
    const preparation = policy.prepare ? await policy.prepare({ prompt: valid.prompt, classification, models }) : undefined;

    const now = this.clock();
    let hourState: BudgetHourState | undefined;
    for (let attempt = 1; ; attempt++) {
      const budget = this.budget && (hourState ? assessBudget({ state: hourState, budgetNano: this.budget.budgetNano, now }) : this.budget.assess(now));
      const budgetGate = budget && this.budget!.gate(budget);
      const floorDrop = budget && policy.floorDrop ? policy.floorDrop(budget) : 0;
      const selection = selectRoute({
        models,
        estimates,
        classification,
        constraints: valid.constraints,
        requiredCapabilities: valid.requiredCapabilities,
        circuits: this.circuits,
        budgetGate,
        budget,
        budgetFloorDrop: floorDrop,
        policy,
        random: this.random,
        now,
        preparation,
      });
      const decision = buildRouteDecision({ id: this.newId(), decidedAt: now, classification, selection, policy });
      const chosen = selection.ranking[0]!;
      if (!budget || !budgetGate) return this.finish(decision);

      decision.budget = describeBudget(budget, { floorDrop, cheapestOnly: budgetGate.kind === "cheapest_only" });
      // The same amount selection checked against the remaining budget (its worst case by default).
      const amountNano = reservationAmountNano(chosen.estimate, this.budget!.reservation) ?? 0;
      const reservation = await this.budget!.reserve({
        reservationId: decision.id,
        hourStartMs: budget.hourStartMs,
        amountNano,
        unconditional: budgetGate.kind === "cheapest_only",
      });
      if (reservation.ok) {
        decision.reservation = { id: decision.id, hourStartMs: budget.hourStartMs, amountNano };
        return this.finish(decision);
      }
      // Another request (or instance) reserved first: decide again against the store's fresh state.
      hourState = reservation.state;
      if (attempt === MAX_RESERVATION_ATTEMPTS) {
        throw new BudgetExhaustedError({
          hourStartMs: budget.hourStartMs,
          budgetNano: budget.budgetNano,
          committedNano: hourState.spentNano + hourState.reservedNano,
        });
      }
    }
  }

  /** After the call: settle the reservation with the actual cost and learn from the outcome. */
  async recordOutcome(outcome: OutcomeInput): Promise<void> {
    const at = outcome.at ?? this.clock();
    if (outcome.decision.reservation && this.budget) {
      await this.budget.reconcile(outcome.decision.reservation.id, outcome.costNano ?? 0);
    }
    const cell = { ...cellOf(outcome.decision), ...(outcome.modelId ? { modelId: outcome.modelId } : {}) };
    for (const attempt of outcome.failedAttempts ?? []) {
      await this.stats.increment(
        feedbackIncrement({ cell: { ...cell, modelId: attempt.modelId }, at, success: false, latencyMs: attempt.latencyMs, costNano: attempt.costNano }),
      );
    }
    const answerCostNano = (outcome.costNano ?? 0) - (outcome.failedAttempts ?? []).reduce((sum, attempt) => sum + (attempt.costNano ?? 0), 0);
    await this.stats.increment(
      feedbackIncrement({ cell, at, success: outcome.success, latencyMs: outcome.latencyMs, costNano: Math.max(0, answerCostNano) }),
    );
    if (outcome.success && outcome.outputTokens !== undefined) {
      const { complexity, taskType } = outcome.decision.classification;
      await this.outputHistory.record({ complexity, taskType, outputTokens: outcome.outputTokens });
    }
  }

  /** A user's rating of the answer, in [0, 1]. */
  async rate(rating: RatingInput): Promise<void> {
    const cell = { ...cellOf(rating.decision), ...(rating.modelId ? { modelId: rating.modelId } : {}) };
    await this.stats.increment(feedbackIncrement({ cell, at: rating.at ?? this.clock(), quality: rating.quality }));
  }

  /**
   * What the execution layer asks before each model's first call, so that a fallback to a model
   * with a larger worst case grows the reservation first (undefined in `expected` mode or without
   * a budget). Pass it as the ExecutionRequest's `budget`.
   */
  reservationCover(decision: RouteDecision): AttemptBudget | undefined {
    return createReservationCover({ budget: this.budget, decision });
  }

  /** Frees a reservation whose call was never made. */
  async releaseReservation(decision: Pick<RouteDecision, "reservation">): Promise<boolean> {
    if (!decision.reservation || !this.budget) return false;
    return this.budget.reconcile(decision.reservation.id, 0);
  }

  performanceReport(): PerformanceReport {
    return buildPerformanceReport(this.stats.snapshot(), this.clock());
  }

  budgetStatus(): BudgetAssessment | undefined {
    return this.budget?.assess(this.clock());
  }

  /** Classification alone (the playground's "why" panel, the /classify endpoint). */
  async classify(prompt: string): Promise<Classification> {
    return this.classifier.classifySync?.(prompt) ?? this.classifier.classify(prompt);
  }

  private policyFor(name: PolicyName | undefined): RoutingPolicy {
    if (!name) return this.defaultPolicy;
    const policy = this.policies.get(name);
    if (!policy) throw new UnknownPolicyError({ policy: name, available: this.policyNames() });
    return policy;
  }

  private async finish(decision: RouteDecision): Promise<RouteDecision> {
    if (this.recordDecisions) await this.stats.increment(decisionIncrement(decision));
    return decision;
  }
}

export function createRouter(options: RouterOptions = {}): Router {
  return new Router(options);
}
