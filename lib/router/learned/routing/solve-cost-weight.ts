import { z } from "zod";
import type { FrontierPoint } from "./frontier";

// Three ways to set λ (quality points per USD):
// - a willingness to pay: "one more point of quality (0.01) is worth up to $X" gives λ = 0.01 / X;
// - a target quality: the largest λ whose measured frontier quality, and that of every smaller λ,
//   reaches the target (conservative: the frontier is measured, so it can wiggle);
// - a target spend per prompt: the smallest λ whose cost, and that of every larger λ, stays within it.

export const costTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("willingness_to_pay"), usdPerQualityPoint: z.number().positive() }),
  z.object({ kind: z.literal("quality"), quality: z.number().min(0).max(1) }),
  z.object({ kind: z.literal("spend"), usdPerPrompt: z.number().nonnegative() }),
]);
export type CostTarget = z.infer<typeof costTargetSchema>;

/** One quality point: 0.01 on the [0, 1] scale. */
export const QUALITY_POINT = 0.01;

export class UnreachableTargetError extends Error {
  override readonly name = "UnreachableTargetError";
}

export function solveCostWeight(frontier: readonly FrontierPoint[], target: CostTarget): number {
  const parsed = costTargetSchema.parse(target);
  if (parsed.kind === "willingness_to_pay") return QUALITY_POINT / parsed.usdPerQualityPoint;
  const sorted = [...frontier].sort((left, right) => left.costWeight - right.costWeight);
  if (sorted.length === 0) throw new UnreachableTargetError("the frontier is empty");
  if (parsed.kind === "quality") {
    if (sorted[0]!.quality < parsed.quality) {
      throw new UnreachableTargetError(`quality ${parsed.quality.toFixed(4)} is above what λ = 0 reached (${sorted[0]!.quality.toFixed(4)})`);
    }
    let chosen = sorted[0]!.costWeight;
    for (const point of sorted) {
      if (point.quality < parsed.quality) break;
      chosen = point.costWeight;
    }
    return chosen;
  }
  const last = sorted[sorted.length - 1]!;
  if (last.costUsd > parsed.usdPerPrompt) {
    throw new UnreachableTargetError(`spend $${parsed.usdPerPrompt} per prompt is below the cheapest measured ($${last.costUsd})`);
  }
  let chosen = last.costWeight;
  for (let index = sorted.length - 1; index >= 0; index--) {
    if (sorted[index]!.costUsd > parsed.usdPerPrompt) break;
    chosen = sorted[index]!.costWeight;
  }
  return chosen;
}
