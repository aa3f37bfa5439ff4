import type { BudgetAssessment } from "../budget/budget-assessment";
import { pacingFloorDrop, projectedPace, thresholdFloorDrop } from "../budget/floor-drop";
import { describeCandidate, describeRequest } from "./describe-candidate";
import type { PolicyChoice, PolicyContext, RoutingPolicy } from "./routing-policy";

// The sketch's cost-optimised router: cheapest eligible model, with the quality floor lowered when
// the hour's budget runs low (`threshold`) or when spend runs ahead of the hour (`pacing`; see
// budget/floor-drop.ts). Needs an hourly budget configured on the router.

export type BudgetFloorMode = "threshold" | "pacing";

export class BudgetPolicy implements RoutingPolicy {
  readonly name = "budget" as const;
  readonly variant: BudgetFloorMode;

  constructor(options: { mode?: BudgetFloorMode } = {}) {
    this.variant = options.mode ?? "threshold";
  }

  floorDrop(budget: BudgetAssessment): number {
    return this.variant === "pacing" ? pacingFloorDrop(budget) : thresholdFloorDrop(budget);
  }

  choose({ classification, candidates, budget, floorDrop = 0 }: PolicyContext): PolicyChoice {
    return {
      ranking: candidates,
      explored: false,
      propensity: 1,
      reason:
        `Cost-optimised: cheapest of ${candidates.length} eligible for ${describeRequest(classification)}: ` +
        `${describeCandidate(candidates[0]!)}.${budget ? this.floorNote(budget, floorDrop) : ""}`,
    };
  }

  private floorNote(budget: BudgetAssessment, floorDrop: number): string {
    if (floorDrop <= 0) return "";
    const drop = floorDrop.toFixed(2);
    if (this.variant === "pacing" && projectedPace(budget) > 1) {
      return ` Quality floor lowered by ${drop}: spend is on pace for ${(projectedPace(budget) * 100).toFixed(0)}% of the hour's budget.`;
    }
    const left = Math.max(0, 1 - budget.usedFraction);
    return ` Quality floor lowered by ${drop}: ${(left * 100).toFixed(0)}% of the hour's budget left.`;
  }
}
