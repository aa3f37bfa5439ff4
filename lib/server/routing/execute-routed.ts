import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import type { ExecutionResult } from "@/lib/router/execute/execution-types";
import type { Executor } from "@/lib/router/execute/executor";
import type { Clock } from "@/lib/router/types";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import type { RequestWriter } from "@/lib/server/requests/request-writer";
import { failureRecord, routedRecord, successRecord, type RecordContext } from "./build-record";
import { outcomeIncrements } from "./outcome-increments";
import type { RoutedRequest } from "./route-input";

// The second half of a non-streaming request: call the models (fallback along the candidates,
// circuit breakers and retries inside the executor), then write the request and everything it
// changes in one transaction. Resolves only after the commit, so the answer is sent after it.

export interface FinishedRequest {
  record: RequestRecord;
  result: ExecutionResult | null;
}

export interface CompletionDependencies {
  executor: Executor;
  writer: RequestWriter;
  clock: Clock;
  recordContext: () => RecordContext;
}

export async function executeRouted(routed: RoutedRequest, dependencies: CompletionDependencies): Promise<FinishedRequest> {
  const { decision, input } = routed;
  try {
    const result = await dependencies.executor.execute({
      messages: input.messages,
      candidates: routed.candidates,
      maxOutputTokens: input.maxOutputTokens,
      temperature: input.temperature,
      expectedOutputTokens: decision.estimatedOutputTokens,
      signal: input.signal,
    });
    const record = successRecord(routed, result, dependencies.recordContext());
    await writeFinished(routed, record, result, dependencies);
    return { record, result };
  } catch (error) {
    if (!(error instanceof ExecutionFailedError)) throw error;
    const record = failureRecord(
      routed,
      {
        errorClass: error.errorClass,
        message: error.message,
        attempts: error.attempts,
        costNano: error.costNano,
        costEstimated: error.attempts.some((attempt) => attempt.costEstimated),
        latencyMs: dependencies.clock() - routed.startedAtMs,
        timeToFirstTokenMs: null,
        partialText: null,
      },
      dependencies.recordContext(),
    );
    await writeFinished(routed, record, null, dependencies);
    return { record, result: null };
  }
}

/** execute: false — the decision is recorded and its reservation released. */
export async function finishRoutedOnly(routed: RoutedRequest, dependencies: CompletionDependencies): Promise<FinishedRequest> {
  const record = routedRecord(routed, dependencies.recordContext());
  await writeFinished(routed, record, null, dependencies);
  return { record, result: null };
}

export async function writeFinished(
  routed: RoutedRequest,
  record: RequestRecord,
  result: ExecutionResult | null,
  dependencies: Pick<CompletionDependencies, "writer" | "clock">,
): Promise<void> {
  const { decision } = routed;
  const executed = record.status !== "routed";
  await dependencies.writer.write({
    record,
    reservation: decision.reservation ?? null,
    increments: executed
      ? outcomeIncrements({ decision, attempts: record.attempts, result, at: record.completedAtMs ?? dependencies.clock() })
      : outcomeIncrements({ decision, attempts: [], result: null, at: decision.decidedAt }),
    outputObservation:
      result && record.status === "success"
        ? { taskType: decision.classification.taskType, complexity: decision.classification.complexity, outputTokens: result.usage.outputTokens }
        : null,
  });
}
