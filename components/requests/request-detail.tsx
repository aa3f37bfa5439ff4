"use client";

import Link from "next/link";
import { useCallback } from "react";
import { AttemptsTable } from "@/components/decision/attempts-table";
import { DecisionSummary } from "@/components/decision/decision-summary";
import { ExplanationTable } from "@/components/decision/explanation-table";
import { OutcomeFigures } from "@/components/decision/outcome-figures";
import { RatingForm } from "@/components/feedback/rating-form";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import { api } from "@/lib/client/api";
import { decisionFromRequest, outcomeFromRequest } from "@/lib/client/decision-view";
import { formatDateTime } from "@/lib/client/format";
import { useApiResource } from "@/lib/client/use-api-resource";
import { StatusBadge } from "./status-badge";
import { TextBlock } from "./text-block";

/** One stored request: prompt, answer, the decision and its explanation, attempts, and its rating. */
export function RequestDetailView({ id }: { id: string }) {
  const request = useApiResource(useCallback((signal: AbortSignal) => api.getRequest(id, signal), [id]));
  const data = request.data;
  if (request.error) {
    return (
      <ErrorNotice error={request.error} title={request.error.status === 404 ? "No such request" : "Could not load this request"} onRetry={request.error.status === 404 ? undefined : request.reload} />
    );
  }
  if (!data) return <Card><LoadingBlock label="Loading the request" rows={8} /></Card>;
  const promptMissing = data.prompt === null ? `Not stored (STORE_PROMPTS is off): ${data.prompt_chars} characters, SHA-256 ${data.prompt_hash.slice(0, 16)}…` : "Empty";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <StatusBadge status={data.status} />
        <span>
          <time dateTime={data.created_at}>{formatDateTime(data.created_at)}</time> · {data.endpoint === "route" ? "POST /v1/route" : "POST /v1/chat/completions"}
          {data.stream ? " · streamed" : ""}
          {data.api_key ? ` · by ${data.api_key}` : ""}
        </span>
        <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{data.id}</code>
      </div>
      {data.error_message ? (
        <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-900 dark:bg-rose-950/60 dark:text-rose-200">
          <span className="font-medium">{data.error_class ?? "error"}: </span>
          {data.error_message}
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Prompt and answer">
          <div className="space-y-4">
            {data.system_prompt ? <TextBlock label="System prompt" text={data.system_prompt} empty="" /> : null}
            <TextBlock label="Prompt" text={data.prompt} empty={promptMissing} />
            <TextBlock label="Answer" text={data.response} empty={data.status === "routed" ? "Routed only: no model was called." : "No answer."} />
          </div>
        </Card>
        <div className="space-y-6">
          <Card title="Decision">
            <DecisionSummary decision={decisionFromRequest(data)} />
          </Card>
          <Card title="Estimated vs actual">
            <OutcomeFigures outcome={outcomeFromRequest(data)} />
          </Card>
        </div>
      </div>
      <Card title="Every model considered">
        {data.explanation.length > 0 ? <ExplanationTable entries={data.explanation} /> : <p className="text-sm text-slate-500">No explanation was recorded.</p>}
      </Card>
      <Card title="Attempts and fallbacks">
        <AttemptsTable attempts={data.attempts} />
      </Card>
      <Card title="Feedback" description={data.feedback ? "Saving again replaces this rating." : "Not rated yet."}>
        {data.status === "success" ? (
          <RatingForm requestId={data.id} saved={data.feedback} />
        ) : (
          <p className="text-sm text-slate-500">Only answered requests can be rated.</p>
        )}
      </Card>
      <Link href="/requests" className="inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        ← Back to all requests
      </Link>
    </div>
  );
}
