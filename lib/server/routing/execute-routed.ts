import { ExecutionFailedError } from "@/lib/router/execute/execution-failed-error";
import type { ExecutionRequest, ExecutionResult } from "@/lib/router/execute/execution-types";
import type { Executor } from "@/lib/router/execute/executor";
import type { Clock } from "@/lib/router/types";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import type { RequestWriter } from "@/lib/server/requests/request-writer";
import { failureRecord, routedRecord, successRecord, type FailureFacts, type RecordContext } from "./build-record";
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

/** What the executor is asked, the same for a completion and a stream. */
export function executionRequestFor(routed: RoutedRequest): ExecutionRequest {
  const { decision, input } = routed;
  return {
    messages: input.messages,
    candidates: routed.candidates,
    maxOutputTokens: input.maxOutputTokens,
    temperature: input.temperature,
    expectedOutputTokens: decision.estimatedOutputTokens,
    signal: input.signal,
    budget: routed.budget,
  };
}

export async function executeRouted(routed: RoutedRequest, dependencies: CompletionDependencies): Promise<FinishedRequest> {
  try {
    const result = await dependencies.executor.execute(executionRequestFor(routed));
    return { record: await writeSuccess(routed, result, dependencies), result };
  } catch (error) {
    if (!(error instanceof ExecutionFailedError)) throw error;
    const record = await writeFailure(
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
      dependencies,
    );
    return { record, result: null };
  }
}

/** Records an answered request (in one transaction with everything it changes) and returns its record. */
export async function writeSuccess(routed: RoutedRequest, result: ExecutionResult, dependencies: CompletionDependencies): Promise<RequestRecord> {
  const record = successRecord(routed, result, dependencies.recordContext());
  await writeFinished(routed, record, result, dependencies);
  return record;
}

/** Records a request every model failed (or a stream that broke) and returns its record. */
export async function writeFailure(routed: RoutedRequest, failure: FailureFacts, dependencies: CompletionDependencies): Promise<RequestRecord> {
  const record = failureRecord(routed, failure, dependencies.recordContext());
  await writeFinished(routed, record, null, dependencies);
  return record;
}

/** execute: false — the decision is recorded and its reservation released. */
export async function finishRoutedOnly(routed: RoutedRequest, dependencies: CompletionDependencies): Promise<FinishedRequest> {
  const record = routedRecord(routed, dependencies.recordContext());
  await writeFinished(routed, record, null, dependencies);
  return { record, result: null };
}

async function writeFinished(
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
