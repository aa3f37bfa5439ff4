import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import type { ApiResource } from "@/lib/client/use-api-resource";
import { formatDateTime, formatUsd } from "@/lib/client/format";
import type { RequestListResponse } from "@/lib/schemas/requests";

/** The latest requests from the request log (shared by everyone using this router), to reuse a prompt. */
export function RecentPrompts({ recent, onPick }: { recent: ApiResource<RequestListResponse>; onPick: (id: string) => void }) {
  const requests = recent.data?.data;
  return (
    <Card title="Recent prompts" actions={<Link href="/requests" className="text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400">All requests →</Link>}>
      {recent.error ? <ErrorNotice error={recent.error} title="Could not load recent prompts" onRetry={recent.reload} /> : null}
      {!requests && !recent.error ? <LoadingBlock label="Loading recent prompts" /> : null}
      {requests && requests.length === 0 ? <p className="text-sm text-slate-500">No prompts yet. Your first one will be listed here.</p> : null}
      {requests && requests.length > 0 ? (
        <ul className="-mx-2 divide-y divide-slate-100 dark:divide-slate-800" aria-label="Recent prompts">
          {requests.map((request) => (
            <li key={request.id}>
              <button
                type="button"
                disabled={request.prompt_preview === null}
                onClick={() => onPick(request.id)}
                className="w-full rounded-md px-2 py-2 text-left hover:bg-slate-50 disabled:cursor-default disabled:hover:bg-transparent dark:hover:bg-slate-800/60"
                title={request.prompt_preview === null ? "Prompts are not stored (STORE_PROMPTS=false)" : "Load this prompt into the form"}
              >
                <span className="line-clamp-2 text-sm text-slate-800 dark:text-slate-200">{request.prompt_preview ?? `Prompt not stored (${request.prompt_chars} characters)`}</span>
                <span className="mt-0.5 block text-xs text-slate-500">
                  {request.model ?? "no model"} · {formatUsd(request.actual_cost ?? request.estimated_cost)} · {formatDateTime(request.created_at)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
