import type { RouteResponse, RouteStreamDecision, RouteStreamError, RouteStreamStart } from "@/lib/schemas/route";
import type { RouteStreamEvent } from "./route-stream-event";

// One playground run as a pure state machine: the form submits, the stream's events arrive in
// order (decision, start, delta…, done | error), or the request fails before any stream began.

export type RunMode = "execute" | "route_only";
export type RunPhase = "idle" | "waiting" | "streaming" | "done" | "failed";

export interface RunFailure {
  type: string;
  message: string;
  /** When the stream broke mid-answer: how much of it arrived. */
  deliveredChars?: number;
}

export interface PlaygroundRun {
  phase: RunPhase;
  mode: RunMode;
  decision?: RouteStreamDecision;
  start?: RouteStreamStart;
  answer: string;
  response?: RouteResponse;
  failure?: RunFailure;
  /** Attempts reported by a stream that ended in an error. */
  failedAttempts?: RouteStreamError["attempts"];
}

export type RunAction =
  | { type: "submitted"; mode: RunMode }
  | { type: "event"; event: RouteStreamEvent }
  | { type: "failed"; failure: RunFailure };

export const IDLE_RUN: PlaygroundRun = { phase: "idle", mode: "execute", answer: "" };

export function reduceRun(run: PlaygroundRun, action: RunAction): PlaygroundRun {
  switch (action.type) {
    case "submitted":
      return { phase: "waiting", mode: action.mode, answer: "" };
    case "failed":
      return { ...run, phase: "failed", failure: action.failure };
    case "event":
      return applyEvent(run, action.event);
  }
}

function applyEvent(run: PlaygroundRun, event: RouteStreamEvent): PlaygroundRun {
  switch (event.type) {
    case "decision":
      return { ...run, decision: event.decision };
    case "start":
      return { ...run, phase: "streaming", start: event.start };
    case "delta":
      return { ...run, phase: "streaming", answer: run.answer + event.text };
    case "done":
      return {
        ...run,
        phase: "done",
        decision: event.response,
        response: event.response,
        answer: event.response.response ?? run.answer,
        ...(event.response.status === "error" && event.response.error ? { failure: event.response.error } : {}),
      };
    case "error":
      return {
        ...run,
        phase: "failed",
        failure: { ...event.failure.error, deliveredChars: event.failure.delivered_chars },
        failedAttempts: event.failure.attempts,
      };
  }
}

/** Whether a run is in flight (the form's buttons wait; Escape cancels). */
export function isRunActive(run: PlaygroundRun): boolean {
  return run.phase === "waiting" || run.phase === "streaming";
}

/** The request id to rate: only once the run is complete and recorded with an answer. */
export function ratableRequestId(run: PlaygroundRun): string | undefined {
  if (run.phase !== "done" || !run.response || run.response.status !== "success") return undefined;
  return run.response.request_id;
}
