"use client";

import { useCallback, useReducer, useRef } from "react";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { IDLE_RUN, reduceRun, type RunMode } from "@/lib/client/playground-run";
import { streamRoute } from "@/lib/client/route-stream";
import type { RouteBodyInput } from "@/lib/schemas/route";

/**
 * Runs one playground request: Execute streams the answer (SSE over fetch), Route only asks for the
 * decision alone. Starting a new run or calling cancel() aborts the one in flight.
 */
export function useRouteRun(onFinished: () => void) {
  const [run, dispatch] = useReducer(reduceRun, IDLE_RUN);
  const controllerRef = useRef<AbortController | null>(null);

  const start = useCallback(
    async (body: RouteBodyInput, mode: RunMode) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      dispatch({ type: "submitted", mode });
      try {
        if (mode === "route_only") {
          const response = await api.route({ ...body, execute: false }, controller.signal);
          dispatch({ type: "event", event: { type: "done", response } });
        } else {
          for await (const event of streamRoute({ ...body, execute: true }, controller.signal)) {
            dispatch({ type: "event", event });
          }
        }
      } catch (error) {
        const failure = controller.signal.aborted
          ? { type: "cancelled", message: "Stopped. Anything that arrived before stopping is shown above." }
          : toApiError(error);
        dispatch({ type: "failed", failure: { type: failure.type, message: failure.message } });
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
        onFinished();
      }
    },
    [onFinished],
  );

  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  return { run, start, cancel };
}
