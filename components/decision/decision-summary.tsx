import { Badge } from "@/components/ui/badge";
import type { DecisionView } from "@/lib/client/decision-view";
import { formatComplexity, formatScore, formatShare, formatTaskType, humanize } from "@/lib/client/format";
import { SimulatedBadge } from "./simulated-badge";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="truncate text-sm font-medium">{children}</dd>
    </div>
  );
}

/** The decision at a glance: the model, the classification that led to it, and the router's reason. */
export function DecisionSummary({ decision }: { decision: DecisionView }) {
  const fellBack = decision.answeredBy !== null && decision.answeredBy !== decision.chosenModel;
  return (
    <div className="@container space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-lg font-semibold tracking-tight" data-testid="chosen-model">
          {decision.chosenModel}
        </p>
        {decision.provider ? <span className="text-sm text-slate-500">{decision.provider}</span> : null}
        <SimulatedBadge simulated={decision.simulated} reason={decision.simulationReason} />
        {decision.explored ? <Badge tone="violet">Exploration pick</Badge> : null}
        {fellBack ? <Badge tone="amber">Answered by fallback {decision.answeredBy}</Badge> : null}
      </div>
      <dl className="grid grid-cols-2 gap-3 @sm:grid-cols-3 @3xl:grid-cols-5">
        <Fact label="Complexity">{formatComplexity(decision.complexity)}</Fact>
        <Fact label="Task type">{formatTaskType(decision.taskType)}</Fact>
        <Fact label="Confidence">{formatShare(decision.confidence)}</Fact>
        <Fact label="Classifier">{decision.classifier}</Fact>
        <Fact label="Policy">{decision.policy}</Fact>
      </dl>
      <p className="rounded-md bg-slate-50 p-2.5 text-sm text-slate-700 dark:bg-slate-800/60 dark:text-slate-300">
        <span className="font-medium text-slate-900 dark:text-slate-100">Reason: </span>
        {decision.reason}
      </p>
      {decision.minQuality !== null || decision.relaxed.length > 0 ? (
        <p className="text-xs text-slate-500">
          {decision.minQuality !== null ? `Quality floor applied: ${formatScore(decision.minQuality)}. ` : ""}
          {decision.relaxed
            .map((relaxed) => `Relaxed ${humanize(relaxed.constraint)} from ${relaxed.from} to ${relaxed.to ?? "none"}.`)
            .join(" ")}
        </p>
      ) : null}
    </div>
  );
}
