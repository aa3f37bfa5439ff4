"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { countActiveFilters, filtersFromSearchParams, filtersToQueryString, requestListPath, type RequestFilters } from "@/lib/client/request-filters";
import { useApiResource } from "@/lib/client/use-api-resource";
import { RequestFilterForm } from "./request-filter-form";
import { RequestTable } from "./request-table";

const PAGE_SIZE = 50;

/** The loader for one page of one filter, stable while neither changes. */
function useRequestPage(filterKey: string, cursor: string | undefined) {
  return useCallback(
    (signal: AbortSignal) => api.listRequests({ filters: filtersFromSearchParams(new URLSearchParams(filterKey)), cursor, limit: PAGE_SIZE }, signal),
    [filterKey, cursor],
  );
}
const loadModels = (signal: AbortSignal) => api.listModels(signal);

/** The request log: filters in the address bar, keyset pages (newest first), CSV of the same filter. */
export function RequestLog() {
  const router = useRouter();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const filters = filtersFromSearchParams(new URLSearchParams(query));
  const filterKey = filtersToQueryString(filters);
  // Cursors of the pages before the current one, for "Newer"; reset whenever the filters change.
  const [pages, setPages] = useState<{ filterKey: string; cursors: (string | undefined)[] }>({ filterKey, cursors: [undefined] });
  const cursors = pages.filterKey === filterKey ? pages.cursors : [undefined];
  const requests = useApiResource(useRequestPage(filterKey, cursors.at(-1)));
  const models = useApiResource(loadModels);
  const apply = (next: RequestFilters) => router.push(`${pathname}${filtersToQueryString(next)}`);
  const data = requests.data;
  const active = countActiveFilters(filters);

  return (
    <div className="space-y-6">
      <Card title="Filters" actions={<a href={requestListPath({ filters, format: "csv" })} download className={buttonClass("secondary")}>Export CSV</a>}>
        <RequestFilterForm key={filterKey} filters={filters} models={models.data?.models.map((model) => model.id) ?? []} onApply={apply} />
      </Card>
      <Card
        title={active > 0 ? `Requests matching ${active} filter${active === 1 ? "" : "s"}` : "All requests"}
        description={cursors.length > 1 ? `Page ${cursors.length}` : "Newest first"}
        actions={requests.isLoading && data ? <span className="text-xs text-slate-500">Loading…</span> : null}
      >
        {requests.error ? <ErrorNotice error={requests.error} title="Could not load requests" onRetry={requests.reload} /> : null}
        {!data && !requests.error ? <LoadingBlock label="Loading requests" rows={8} /> : null}
        {data && data.data.length === 0 ? (
          <p role="status" className="py-6 text-center text-sm text-slate-500">
            {data.next_cursor && filters.q
              ? "No match among the requests searched for this page. “Older →” searches further back."
              : active > 0
                ? "No request matches these filters."
                : "No requests yet. Send a prompt from the playground or the API and it is listed here."}
          </p>
        ) : null}
        {data && data.data.length > 0 ? <RequestTable requests={data.data} /> : null}
        {data && (cursors.length > 1 || data.next_cursor) ? (
          <nav aria-label="Pages" className="mt-4 flex justify-between gap-2">
            <button type="button" disabled={requests.isLoading || cursors.length <= 1} onClick={() => setPages({ filterKey, cursors: cursors.slice(0, -1) })} className={buttonClass("secondary")}>
              ← Newer
            </button>
            <button type="button" disabled={requests.isLoading || !data.next_cursor} onClick={() => setPages({ filterKey, cursors: [...cursors, data.next_cursor ?? undefined] })} className={buttonClass("secondary")}>
              Older →
            </button>
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
