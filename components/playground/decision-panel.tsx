import { DecisionSummary } from "@/components/decision/decision-summary";
import { OutcomeFigures } from "@/components/decision/outcome-figures";
import { Card } from "@/components/ui/card";
import { LoadingBlock } from "@/components/ui/loading-block";
import { decisionFromRoute, outcomeFromRoute } from "@/lib/client/decision-view";
import type { PlaygroundRun } from "@/lib/client/playground-run";

/** Why this model (the classification and the router's reason), then what it cost against the estimate. */
export function DecisionPanel({ run }: { run: PlaygroundRun }) {
  return (
    <Card title="Decision">
      {run.phase === "idle" ? (
        <p className="text-sm text-slate-500">Send a prompt to see which model the router picks, why, and what every other model would have cost.</p>
      ) : !run.decision ? (
        run.phase === "failed" ? <p className="text-sm text-slate-500">No decision was made.</p> : <LoadingBlock label="Waiting for the decision" rows={4} />
      ) : (
        <div className="space-y-4" data-testid="decision">
          <DecisionSummary decision={decisionFromRoute(run.decision)} />
          {run.response ? (
            <div className="border-t border-slate-100 pt-4 dark:border-slate-800">
              <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {run.response.status === "routed" ? "Estimate" : "Estimated vs actual"}
              </h3>
              <OutcomeFigures outcome={outcomeFromRoute(run.response)} />
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}
