"use client";

import { useCallback, useState } from "react";
import { Card } from "@/components/ui/card";
import { RatingForm } from "@/components/feedback/rating-form";
import { api } from "@/lib/client/api";
import { toApiError } from "@/lib/client/api-error";
import { FORM_ERROR_KEY, type FieldErrors } from "@/lib/client/form-errors";
import { buildRouteBody, EMPTY_PLAYGROUND_FORM, type PlaygroundFormValues } from "@/lib/client/playground-form";
import { isRunActive, ratableRequestId, type RunMode } from "@/lib/client/playground-run";
import { useApiResource } from "@/lib/client/use-api-resource";
import { AnswerPanel } from "./answer-panel";
import { DecisionDetails } from "./decision-details";
import { DecisionPanel } from "./decision-panel";
import { PromptForm } from "./prompt-form";
import { RecentPrompts } from "./recent-prompts";
import { useRouteRun } from "./use-route-run";

const loadRecent = (signal: AbortSignal) => api.listRequests({ filters: {}, limit: 8 }, signal);
const loadProviders = (signal: AbortSignal) => api.listProviders(signal);
const loadSettings = (signal: AbortSignal) => api.getRoutingSettings(signal);

/** The prompt playground: send a prompt, watch the answer stream, see the decision, rate the answer. */
export function Playground() {
  const [values, setValues] = useState<PlaygroundFormValues>(EMPTY_PLAYGROUND_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const recent = useApiResource(loadRecent);
  const providers = useApiResource(loadProviders);
  const settings = useApiResource(loadSettings);
  const { run, start, cancel } = useRouteRun(recent.reload);

  const change = useCallback((patch: Partial<PlaygroundFormValues>) => setValues((current) => ({ ...current, ...patch })), []);

  function submit(mode: RunMode) {
    const result = buildRouteBody(values, mode === "execute");
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) void start(result.body, mode);
  }

  async function pick(id: string) {
    try {
      const request = await api.getRequest(id);
      if (request.prompt !== null) change({ prompt: request.prompt, systemPrompt: request.system_prompt ?? "" });
      setErrors({});
    } catch (error) {
      setErrors({ [FORM_ERROR_KEY]: `Could not load that prompt: ${toApiError(error).message}` });
    }
  }

  const requestId = ratableRequestId(run);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card>
            <PromptForm
              values={values}
              errors={errors}
              providers={providers.data?.providers.map((provider) => provider.id) ?? []}
              defaults={settings.data}
              busy={isRunActive(run)}
              onChange={change}
              onSubmit={submit}
              onCancel={cancel}
            />
          </Card>
          <Card title="Answer">
            <AnswerPanel run={run} />
            {requestId ? (
              <div className="mt-4 border-t border-slate-100 pt-4 dark:border-slate-800">
                <RatingForm key={requestId} requestId={requestId} onSaved={recent.reload} />
              </div>
            ) : null}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <DecisionPanel run={run} />
          <RecentPrompts recent={recent} onPick={pick} />
        </div>
      </div>
      <DecisionDetails run={run} />
    </div>
  );
}
