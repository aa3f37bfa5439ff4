import type { BudgetAssessment } from "../budget/budget-assessment";
import type { BudgetGate } from "../budget/hourly-budget";
import type { Candidate, PolicyPreparation, RoutingPolicy } from "../policies/routing-policy";
import type {
  Capability,
  CircuitView,
  Classification,
  ModelEstimate,
  ModelExplanation,
  ModelSpec,
  RandomSource,
  RelaxedConstraint,
  RouteConstraints,
} from "../types";
import { compareByCost } from "./compare-by-cost";
import { type EligibilityRules, exclusionsFor } from "./exclusion-reasons";
import { describeRelaxation, explainModels, type Evaluation } from "./explain-models";
import { NoEligibleModelError } from "./no-eligible-model-error";
import { qualityFloor, requiredCapabilities, roundQuality } from "./quality-floors";

// Selection as a pure function: filter every registered model by the hard constraints, relax them
// if asked and nothing passes, let the policy order the eligible ones, and explain every model.

export interface RouteSelectionInput {
  models: readonly ModelSpec[];
  /** Aligned with `models`. */
  estimates: readonly ModelEstimate[];
  classification: Classification;
  constraints?: RouteConstraints;
  requiredCapabilities?: readonly Capability[];
  circuits?: CircuitView;
  budgetGate?: BudgetGate;
  /** The hour's budget assessment, passed on to the policy. */
  budget?: BudgetAssessment;
  /** Lowering of the complexity floor decided by the budget policy. */
  budgetFloorDrop?: number;
  policy: RoutingPolicy;
  random: RandomSource;
  now: number;
  preparation?: PolicyPreparation;
}

export interface RouteSelection {
  ranking: readonly Candidate[];
  explanation: readonly ModelExplanation[];
  minQuality: number;
  relaxed: readonly RelaxedConstraint[];
  explored: boolean;
  propensity: number;
  reason: string;
}

export function selectRoute(input: RouteSelectionInput): RouteSelection {
  const constraints = input.constraints ?? {};
  const rules: EligibilityRules = {
    floor: qualityFloor({
      complexity: input.classification.complexity,
      callerMinimum: constraints.minQuality,
      budgetDrop: input.budgetFloorDrop,
    }),
    capabilities: requiredCapabilities(input.classification.taskType, input.requiredCapabilities),
    constraints,
    ignoreLatency: false,
    circuits: input.circuits,
    budget:
      input.budgetGate?.kind === "limit" ? { remainingNano: input.budgetGate.remainingNano, reservation: input.budgetGate.reservation } : undefined,
  };
  const relaxed: RelaxedConstraint[] = [];
  let evaluation = evaluate(input, rules);

  if (evaluation.eligible.length === 0 && constraints.relax) {
    // First the quality floor: down to the best quality among models that pass everything else.
    const relaxedFloor = bestQualityIgnoringFloor(input, rules);
    if (relaxedFloor !== undefined) {
      relaxed.push({ constraint: "min_quality", from: rules.floor, to: relaxedFloor });
      rules.floor = relaxedFloor;
      evaluation = evaluate(input, rules);
    }
    // Then the latency bound (with the floor relaxed as well).
    if (evaluation.eligible.length === 0 && constraints.maxLatencyMs !== undefined) {
      rules.ignoreLatency = true;
      relaxed.push({ constraint: "max_latency_ms", from: constraints.maxLatencyMs, to: null });
      const floorAfterLatency = bestQualityIgnoringFloor(input, rules);
      if (floorAfterLatency !== undefined && floorAfterLatency < rules.floor) {
        const qualityEntry = relaxed.find((entry) => entry.constraint === "min_quality");
        if (qualityEntry) qualityEntry.to = floorAfterLatency;
        else relaxed.unshift({ constraint: "min_quality", from: rules.floor, to: floorAfterLatency });
        rules.floor = floorAfterLatency;
      }
      evaluation = evaluate(input, rules);
    }
  }

  if (evaluation.eligible.length > 0 && input.budgetGate?.kind === "cheapest_only") {
    evaluation = keepOnlyCheapest(input, evaluation);
  }
  if (evaluation.eligible.length === 0) {
    throw new NoEligibleModelError(explainModels({ models: input.models, estimates: input.estimates, evaluation, ranking: [] }), relaxed);
  }

  const candidates = evaluation.eligible
    .map((index) => ({ model: input.models[index]!, estimate: input.estimates[index]! }))
    .sort(compareByCost);
  const choice = input.policy.choose({
    classification: input.classification,
    candidates,
    random: input.random,
    now: input.now,
    preparation: input.preparation,
    budget: input.budget,
    floorDrop: input.budgetFloorDrop,
  });
  const relaxedNote = relaxed.length > 0 ? ` Relaxed: ${relaxed.map(describeRelaxation).join("; ")}.` : "";
  return {
    ranking: choice.ranking,
    explanation: explainModels({ models: input.models, estimates: input.estimates, evaluation, ranking: choice.ranking }),
    minQuality: rules.floor,
    relaxed,
    explored: choice.explored,
    propensity: choice.propensity,
    reason: `${choice.reason}${relaxedNote}`,
  };
}

function evaluate(input: RouteSelectionInput, rules: EligibilityRules): Evaluation {
  const exclusions = input.models.map((model, index) => exclusionsFor({ model, estimate: input.estimates[index]! }, rules));
  const eligible: number[] = [];
  exclusions.forEach((found, index) => {
    if (found.length === 0) eligible.push(index);
  });
  return { exclusions, eligible };
}

function bestQualityIgnoringFloor(input: RouteSelectionInput, rules: EligibilityRules): number | undefined {
  const { exclusions } = evaluate(input, { ...rules, floor: 0 });
  let best: number | undefined;
  exclusions.forEach((found, index) => {
    if (found.length > 0) return;
    const quality = input.models[index]!.qualityScore;
    if (best === undefined || quality > best) best = quality;
  });
  return best === undefined ? undefined : roundQuality(best);
}

function keepOnlyCheapest(input: RouteSelectionInput, evaluation: Evaluation): Evaluation {
  const [cheapest, ...others] = [...evaluation.eligible].sort((left, right) =>
    compareByCost(
      { model: input.models[left]!, estimate: input.estimates[left]! },
      { model: input.models[right]!, estimate: input.estimates[right]! },
    ),
  );
  const exclusions = evaluation.exclusions.map((found) => [...found]);
  for (const index of others) {
    exclusions[index]!.push({ reason: "over_budget", detail: "hour budget used up: only the cheapest eligible model may run" });
  }
  return { exclusions, eligible: [cheapest!] };
}
