import { Badge } from "@/components/ui/badge";
import type { PlaygroundRun } from "@/lib/client/playground-run";
import { SimulatedBadge } from "@/components/decision/simulated-badge";

function statusLine(run: PlaygroundRun): string {
  switch (run.phase) {
    case "idle":
      return "";
    case "waiting":
      return run.mode === "route_only" ? "Routing…" : "Choosing a model…";
    case "streaming":
      return `Streaming from ${run.start?.model ?? run.decision?.model ?? "the model"}…`;
    case "done":
      return run.mode === "route_only" ? "Routed only: no model was called." : "Complete.";
    case "failed":
      return run.failure?.type === "cancelled" ? "Stopped." : "Failed.";
  }
}

/** The answer as it streams in: plain text (never HTML), announced politely to screen readers. */
export function AnswerPanel({ run }: { run: PlaygroundRun }) {
  const streaming = run.phase === "waiting" || run.phase === "streaming";
  const source = run.start ?? run.decision;
  return (
    <div className="space-y-2">
      <div className="flex min-h-6 flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        {streaming ? <span aria-hidden className="inline-block h-2 w-2 animate-pulse rounded-full bg-indigo-500" /> : null}
        <span data-testid="run-status">{statusLine(run)}</span>
        {source && run.mode === "execute" ? <SimulatedBadge simulated={source.simulated} reason={source.simulation_reason} /> : null}
        {run.response?.status === "routed" ? <Badge tone="sky">Decision recorded</Badge> : null}
      </div>
      <div
        aria-live="polite"
        aria-busy={streaming}
        aria-label="Answer"
        role="region"
        className="min-h-32 whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-relaxed text-slate-900 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-100"
        data-testid="answer"
      >
        {run.answer || (run.phase === "idle" ? <span className="font-sans text-slate-400">The answer appears here as it streams in.</span> : null)}
        {run.phase === "streaming" ? <span aria-hidden className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-indigo-500 align-middle" /> : null}
      </div>
      {run.phase === "failed" && run.failure ? (
        <div role="alert" className={`rounded-md p-2.5 text-sm ${run.failure.type === "cancelled" ? "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300" : "bg-rose-50 text-rose-900 dark:bg-rose-950/60 dark:text-rose-200"}`}>
          <p className="break-words">
            {run.failure.type !== "cancelled" ? <span className="font-medium">{run.failure.type}: </span> : null}
            {run.failure.message}
          </p>
          {run.failure.deliveredChars !== undefined && run.failure.deliveredChars > 0 ? (
            <p className="mt-1 text-xs">The answer broke off after {run.failure.deliveredChars} characters; what arrived is shown above.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
