import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import type { Complexity, TaskType } from "@/lib/router/types";

// What a rating changes in the adaptive statistics. The quality rating counts for the model that
// answered; a re-rating first retracts the earlier one at the time it was made (so decay weights
// stay exact); the success verdict replaces the execution's own success for answered requests.

export interface RatedRequest {
  status: string;
  complexity: Complexity;
  task_type: TaskType;
  model_id: string | null;
  completed_at_ms: number | null;
  created_at_ms: number;
}

export interface PreviousRating {
  success: boolean;
  quality: number;
  updated_at_ms: number;
}

export function ratingIncrements(input: {
  request: RatedRequest;
  previous: PreviousRating | undefined;
  rating: { success: boolean; quality_score: number };
  now: number;
}): StatsIncrement[] {
  const { request, previous, rating, now } = input;
  const cell = { complexity: request.complexity, taskType: request.task_type, modelId: request.model_id! };
  const increments: StatsIncrement[] = [];
  if (previous) increments.push({ cell, at: previous.updated_at_ms, ratings: -1, quality: -previous.quality });
  increments.push({ cell, at: now, ratings: 1, quality: rating.quality_score });
  if (request.status === "success") {
    // The execution counted a success when the request finished; the user's verdict replaces it.
    const counted = previous ? previous.success : true;
    if (counted !== rating.success) {
      increments.push({ cell, at: request.completed_at_ms ?? request.created_at_ms, successes: rating.success ? 1 : -1 });
    }
  }
  return increments;
}
