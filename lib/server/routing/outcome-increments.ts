import type { AttemptRecord, ExecutionResult } from "@/lib/router/execute/execution-types";
import type { StatsIncrement } from "@/lib/router/learning/adaptive-stats-store";
import { cellOf, decisionIncrement, feedbackIncrement } from "@/lib/router/learning/feedback";
import type { RouteDecision } from "@/lib/router/types";

// The adaptive statistics a finished request adds: the decision (and whether it explored), one
// failure for each model that was tried and did not answer (however often it was retried: a
// model's success rate is per request), and the answering model's success with its own latency
// and cost. The same facts the router's recordOutcome would add, as increments for one transaction.

function failedModels(attempts: readonly AttemptRecord[], answeredBy: string | null): Map<string, AttemptRecord[]> {
  const failures = new Map<string, AttemptRecord[]>();
  for (const attempt of attempts) {
    if (attempt.status !== "error" || attempt.modelId === answeredBy) continue;
    failures.set(attempt.modelId, [...(failures.get(attempt.modelId) ?? []), attempt]);
  }
  return failures;
}

export function outcomeIncrements(input: {
  decision: RouteDecision;
  attempts: readonly AttemptRecord[];
  result: ExecutionResult | null;
  at: number;
}): StatsIncrement[] {
  const { decision, attempts, result, at } = input;
  const cell = cellOf(decision);
  const increments: StatsIncrement[] = [decisionIncrement(decision)];
  for (const [modelId, failed] of failedModels(attempts, result?.modelId ?? null)) {
    increments.push(
      feedbackIncrement({
        cell: { ...cell, modelId },
        at,
        success: false,
        latencyMs: failed.reduce((sum, attempt) => sum + attempt.latencyMs, 0),
        costNano: failed.reduce((sum, attempt) => sum + (attempt.costNano ?? 0), 0),
      }),
    );
  }
  if (result) {
    const answer = [...result.attempts].reverse().find((attempt) => attempt.status === "success" && attempt.modelId === result.modelId);
    increments.push(
      feedbackIncrement({
        cell: { ...cell, modelId: result.modelId },
        at,
        success: true,
        latencyMs: answer?.latencyMs ?? result.latencyMs,
        costNano: answer?.costNano ?? 0,
      }),
    );
  }
  return increments;
}
