import type { ExecutionResult, StreamEvent } from "@/lib/router/execute/execution-types";
import type { RequestRecord } from "@/lib/server/requests/request-record";
import { inProgressRecord } from "./build-record";
import { executionRequestFor, writeFailure, writeSuccess, type CompletionDependencies } from "./execute-routed";
import type { RoutedRequest } from "./route-input";

// A streaming request. Its row is written first, as in_progress (with its decision), before any
// byte of the answer leaves: a process that dies mid-stream leaves a visible in_progress row, and
// the stale-request sweeper later marks it as an error and settles its reservation. The final
// transaction completes the row in place and commits before the final event is sent.

export type RoutedStreamEvent =
  | { type: "start"; event: Extract<StreamEvent, { type: "start" }> }
  | { type: "delta"; text: string }
  | { type: "done"; record: RequestRecord; result: ExecutionResult }
  | { type: "error"; record: RequestRecord; event: Extract<StreamEvent, { type: "error" }> };

export async function startStream(routed: RoutedRequest, dependencies: CompletionDependencies): Promise<void> {
  const { decision } = routed;
  const record = inProgressRecord(routed, dependencies.recordContext(), {
    modelId: decision.model.id,
    provider: decision.model.provider,
    simulated: false,
  });
  await dependencies.writer.writeInProgress(record);
}

/** Runs the stream to its end (even when the consumer stops reading) and records it. */
export async function* streamRouted(routed: RoutedRequest, dependencies: CompletionDependencies): AsyncGenerator<RoutedStreamEvent> {
  let delivered = "";
  const events = dependencies.executor.stream(executionRequestFor(routed));
  for await (const event of events) {
    if (event.type === "start") yield { type: "start", event };
    else if (event.type === "delta") {
      delivered += event.text;
      yield { type: "delta", text: event.text };
    } else if (event.type === "done") {
      yield { type: "done", record: await writeSuccess(routed, event.result, dependencies), result: event.result };
    } else {
      const record = await writeFailure(
        routed,
        {
          errorClass: event.error.errorClass,
          message: event.error.message,
          attempts: event.attempts,
          costNano: event.costNano,
          costEstimated: event.costEstimated,
          latencyMs: event.latencyMs,
          timeToFirstTokenMs: event.timeToFirstTokenMs,
          partialText: delivered.length > 0 ? delivered : null,
        },
        dependencies,
      );
      yield { type: "error", record, event };
    }
  }
}
