"use client";

import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import { Stat } from "@/components/ui/stat";
import { api } from "@/lib/client/api";
import { formatCount } from "@/lib/client/format";
import { useApiResource } from "@/lib/client/use-api-resource";
import type { LearnedStatusResponse } from "@/lib/schemas/learned";
import { LearnedFrontierChart } from "./learned-frontier-chart";

const loadLearned = (signal: AbortSignal) => api.getLearned(signal);

const ORIGIN_LABEL: Record<NonNullable<LearnedStatusResponse["artifact"]>["origin"], string> = {
  shipped: "shipped with the console",
  ratings: "trained on this app's ratings",
  configured: "from LEARNED_ROUTER_ARTIFACT",
};

function RetrainHint({ ratings }: { ratings: LearnedStatusResponse["ratings"] }) {
  const ready = ratings.prompts >= ratings.minimum_prompts && ratings.models >= ratings.minimum_models;
  return (
    <div className="rounded-lg bg-slate-50 p-3 text-sm text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
      <p>
        {ratings.examples === 0
          ? "No rated answers yet. "
          : `${formatCount(ratings.examples)} rated answers over ${formatCount(ratings.prompts)} prompts and ${formatCount(ratings.models)} models. `}
        {ready
          ? "That is enough to train it on your own traffic."
          : `It can train on your own traffic once ${ratings.minimum_prompts} rated prompts have been answered by at least ${ratings.minimum_models} models.`}
      </p>
      <p className="mt-1">
        Run <code className="rounded bg-white px-1 dark:bg-slate-900">npm run learned:retrain</code>: it writes{" "}
        <code className="rounded bg-white px-1 dark:bg-slate-900">data/learned-router.json</code>, which the console loads within seconds.{" "}
        <a className="font-medium text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400" href="/v1/learned/ratings" download>
          Export the ratings (JSON Lines)
        </a>
      </p>
    </div>
  );
}

function MappingTable({ mapping }: { mapping: LearnedStatusResponse["mapping"] }) {
  return (
    <table aria-label="Registry models and the learned model they take predictions from" className="w-full text-left text-sm">
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-3">Registry model</th>
          <th scope="col" className="py-1">Predicted as</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {mapping.map((entry) => (
          <tr key={entry.registry_model}>
            <td className="py-1 pr-3 font-medium">{entry.registry_model}</td>
            <td className="py-1 text-slate-600 dark:text-slate-300">{entry.artifact_model}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The learned policy's artefact: what it was trained on, its frontier next to single models, and how to retrain it. */
export function LearnedRouterPanel() {
  return (
    <Card
      title="Learned router: cost–quality frontier"
      description="The learned policy predicts each model's quality for a prompt and picks the best quality − λ × cost."
    >
      <LearnedRouterBody />
    </Card>
  );
}

function LearnedRouterBody() {
  const learned = useApiResource(loadLearned);
  if (learned.error) return <ErrorNotice error={learned.error} title="Could not load the learned router" onRetry={learned.reload} />;
  const status = learned.data;
  if (!status) return <LoadingBlock label="Loading the learned router" rows={3} />;
  if (!status.available || !status.artifact) {
    return (
      <div className="space-y-3">
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          The learned policy is off. {status.reason}
        </p>
        <RetrainHint ratings={status.ratings} />
      </div>
    );
  }
  const artifact = status.artifact;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label="Artefact" value={artifact.name} hint={ORIGIN_LABEL[artifact.origin]} />
        <Stat label="Trained on" value={artifact.source} hint={`${formatCount(artifact.prompts)} prompts · ${artifact.rows}`} />
        <Stat label="Its models" value={formatCount(artifact.models.length)} hint={`cost: ${artifact.cost_model}`} />
        <Stat label="λ in use" value={String(status.cost_weight)} hint="set in Routing policy above" />
      </dl>
      {status.frontier.length > 0 ? (
        <>
          <LearnedFrontierChart status={status} />
          <p className="text-xs text-slate-500">
            Measured on {artifact.source} with cross-fitted predictions (each prompt scored by a model that did not train on it); cost per
            prompt in {status.cost_unit}.{" "}
            {status.single_models.length === 0 ? "This artefact does not record its single models' figures." : null}
          </p>
        </>
      ) : (
        <p role="status" className="text-sm text-slate-500">This artefact was trained without a cross-fitted frontier.</p>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">How registry models map onto its models</summary>
        <div className="mt-2">
          <MappingTable mapping={status.mapping} />
        </div>
      </details>
      <RetrainHint ratings={status.ratings} />
    </div>
  );
}
