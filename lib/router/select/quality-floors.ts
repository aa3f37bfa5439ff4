import type { Capability, Complexity, TaskType } from "../types";

// The sketch's minimum quality per complexity and capabilities per task type.

export const COMPLEXITY_QUALITY_FLOOR: Readonly<Record<Complexity, number>> = {
  simple: 0.7,
  moderate: 0.8,
  complex: 0.9,
  expert: 0.95,
};

export const TASK_CAPABILITIES: Readonly<Partial<Record<TaskType, readonly Capability[]>>> = {
  code: ["code"],
  reasoning: ["reasoning"],
  creative: ["creative"],
};

export function requiredCapabilities(taskType: TaskType, extra: readonly Capability[] = []): readonly Capability[] {
  const base = TASK_CAPABILITIES[taskType] ?? [];
  if (extra.length === 0) return base;
  return [...new Set([...base, ...extra])];
}

export interface FloorInput {
  complexity: Complexity;
  /** The caller's min_quality: it can raise the floor and is never lowered by budget rules. */
  callerMinimum?: number;
  /** How much the budget policy lowers the complexity floor (0 when it does not). */
  budgetDrop?: number;
}

/** The lowest the budget rules can take a complexity floor (the sketch's 0.6). */
const BUDGET_FLOOR_MINIMUM = 0.6;

/**
 * The quality floor for a request. Budget drops apply to the complexity floor only and never take
 * it below 0.6 (or below itself when it already is; the sketch's max(0.6, floor − 0.1) would raise
 * a floor under 0.6). A caller's explicit min_quality is a hard requirement and always holds.
 */
export function qualityFloor({ complexity, callerMinimum, budgetDrop = 0 }: FloorInput): number {
  const base = COMPLEXITY_QUALITY_FLOOR[complexity];
  const dropped = budgetDrop > 0 ? Math.max(Math.min(base, BUDGET_FLOOR_MINIMUM), base - budgetDrop) : base;
  return roundQuality(Math.max(dropped, callerMinimum ?? 0));
}

/** Floors are compared with scores given to two decimals; rounding avoids 0.9 - 0.1 = 0.7999…. */
export function roundQuality(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
