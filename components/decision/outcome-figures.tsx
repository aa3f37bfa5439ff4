import { Stat } from "@/components/ui/stat";
import type { OutcomeView } from "@/lib/client/decision-view";
import { formatMs, formatUsd } from "@/lib/client/format";

/** Estimated against actual: cost, latency, time to first token, tokens and attempts. */
export function OutcomeFigures({ outcome }: { outcome: OutcomeView }) {
  const usage = outcome.usage;
  return (
    <div className="@container">
    <dl className="grid grid-cols-2 gap-4 @sm:grid-cols-3 @3xl:grid-cols-6">
      <Stat label="Estimated cost" value={formatUsd(outcome.estimatedCost)} />
      <Stat label="Actual cost" value={formatUsd(outcome.actualCost)} hint={outcome.costEstimated ? "estimated: no usage reported" : undefined} />
      <Stat
        label="Latency"
        value={formatMs(outcome.latencyMs)}
        hint={outcome.estimatedLatencyMs !== null ? `expected ${formatMs(outcome.estimatedLatencyMs)}` : undefined}
      />
      <Stat label="First token" value={formatMs(outcome.timeToFirstTokenMs)} />
      <Stat
        label="Tokens in / out"
        value={usage ? `${usage.input_tokens} / ${usage.output_tokens}` : "—"}
        hint={usage && usage.cached_input_tokens > 0 ? `${usage.cached_input_tokens} cached` : undefined}
      />
      <Stat label="Attempts" value={outcome.attempts} hint={outcome.fallbackUsed ? "fallback used" : outcome.attempts > 1 ? "retried" : undefined} />
    </dl>
    </div>
  );
}
