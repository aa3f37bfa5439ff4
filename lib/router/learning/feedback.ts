import { z } from "zod";
import type { RouteDecision } from "../types";
import type { StatsCell, StatsIncrement } from "./adaptive-stats-store";

// The facts that update adaptive statistics, as increments. A call's outcome (success, latency,
// cost: from the execution layer) and a user's rating (quality in [0, 1]) may arrive together or
// separately; each counts once.

export const feedbackSchema = z
  .object({
    success: z.boolean().optional(),
    quality: z.number().min(0).max(1).optional(),
    latencyMs: z.number().finite().min(0).optional(),
    costNano: z.number().int().min(0).optional(),
  })
  .refine((feedback) => feedback.success !== undefined || feedback.quality !== undefined, {
    message: "feedback needs success or quality",
  });
export type FeedbackFacts = z.infer<typeof feedbackSchema>;

export interface Feedback extends FeedbackFacts {
  cell: StatsCell;
  at: number;
}

export function cellOf(decision: Pick<RouteDecision, "classification" | "model">): StatsCell {
  return {
    complexity: decision.classification.complexity,
    taskType: decision.classification.taskType,
    modelId: decision.model.id,
  };
}

export function feedbackIncrement(feedback: Feedback): StatsIncrement {
  const { success, quality, latencyMs, costNano } = feedbackSchema.parse(feedback);
  const counted = success !== undefined;
  return {
    cell: feedback.cell,
    at: feedback.at,
    requests: counted ? 1 : 0,
    successes: success ? 1 : 0,
    latencyMs: counted ? (latencyMs ?? 0) : 0,
    costNano: costNano ?? 0,
    ratings: quality !== undefined ? 1 : 0,
    quality: quality ?? 0,
  };
}

export function decisionIncrement(decision: Pick<RouteDecision, "classification" | "model" | "explored" | "decidedAt">): StatsIncrement {
  return { cell: cellOf(decision), at: decision.decidedAt, decisions: 1, explorations: decision.explored ? 1 : 0 };
}
