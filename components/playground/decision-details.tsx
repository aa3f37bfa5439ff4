import { AttemptsTable } from "@/components/decision/attempts-table";
import { ExplanationTable } from "@/components/decision/explanation-table";
import { Card } from "@/components/ui/card";
import type { PlaygroundRun } from "@/lib/client/playground-run";

/** Every model's estimate and verdict for this prompt, and the provider calls that were made. */
export function DecisionDetails({ run }: { run: PlaygroundRun }) {
  if (!run.decision) return null;
  const attempts = run.response?.attempts ?? run.failedAttempts;
  return (
    <>
      <Card title="Every model considered" description="The chosen model, the fallback order, and why each other model was excluded.">
        <ExplanationTable entries={run.decision.explanation} />
      </Card>
      {attempts && attempts.length > 0 ? (
        <Card title="Attempts and fallbacks">
          <AttemptsTable attempts={attempts} />
        </Card>
      ) : null}
    </>
  );
}
