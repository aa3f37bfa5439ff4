import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TABLE_CLASS, TABLE_WRAPPER_CLASS, TBODY_CLASS, TD_CLASS, THEAD_CLASS, TH_CLASS } from "@/components/ui/styles";
import { formatComplexity, formatDate, formatMs, formatTaskType, formatTime, formatUsd } from "@/lib/client/format";
import { qualityToStars } from "@/lib/client/rating";
import type { RequestSummary } from "@/lib/schemas/requests";
import { StatusBadge } from "./status-badge";

const WIDE = "hidden lg:table-cell";
const WIDEST = "hidden 2xl:table-cell";

/** One page of the request log; each prompt links to the request's own page. */
export function RequestTable({ requests }: { requests: readonly RequestSummary[] }) {
  return (
    <div className={TABLE_WRAPPER_CLASS}>
      <table aria-label="Requests" className={TABLE_CLASS}>
        <thead className={THEAD_CLASS}>
          <tr>
            <th scope="col" className={TH_CLASS}>Time</th>
            <th scope="col" className={TH_CLASS}>Prompt</th>
            <th scope="col" className={TH_CLASS}>Model</th>
            <th scope="col" className={TH_CLASS}>Status</th>
            <th scope="col" className={`${TH_CLASS} ${WIDEST}`}>Class</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Cost</th>
            <th scope="col" className={`${TH_CLASS} text-right ${WIDE}`}>Latency</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Rating</th>
          </tr>
        </thead>
        <tbody className={TBODY_CLASS}>
          {requests.map((request) => (
            <tr key={request.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
              <td className={`${TD_CLASS} whitespace-nowrap text-xs text-slate-500`}>
                <time dateTime={request.created_at}>
                  {formatDate(request.created_at)}
                  <span className="block">{formatTime(request.created_at)}</span>
                </time>
              </td>
              <th scope="row" className={`${TD_CLASS} w-full min-w-56 max-w-xl font-normal`}>
                <Link href={`/requests/${encodeURIComponent(request.id)}`} className="line-clamp-2 font-medium text-slate-900 hover:text-indigo-600 hover:underline dark:text-slate-100 dark:hover:text-indigo-400">
                  {request.prompt_preview ?? `Prompt not stored (${request.prompt_chars} characters)`}
                </Link>
                <span className="mt-1 flex flex-wrap gap-1">
                  {request.simulated ? <Badge tone="amber">simulated</Badge> : null}
                  {request.explored ? <Badge tone="violet">explored</Badge> : null}
                  {request.endpoint === "chat_completions" ? <Badge>chat API</Badge> : null}
                </span>
              </th>
              <td className={`${TD_CLASS} whitespace-nowrap`}>
                {request.model ?? "—"}
                <span className="block text-xs text-slate-500">{request.provider ?? ""}</span>
                <span className="block text-xs text-slate-500 2xl:hidden">
                  {formatComplexity(request.complexity)} · {formatTaskType(request.task_type)}
                </span>
              </td>
              <td className={TD_CLASS}>
                <StatusBadge status={request.status} />
                {request.error_class ? <span className="block text-xs text-slate-500">{request.error_class}</span> : null}
              </td>
              <td className={`${TD_CLASS} ${WIDEST} whitespace-nowrap text-xs`}>
                {formatComplexity(request.complexity)} · {formatTaskType(request.task_type)}
                <span className="block text-slate-500">{request.policy}</span>
              </td>
              <td className={`${TD_CLASS} whitespace-nowrap text-right tabular-nums`}>{formatUsd(request.actual_cost ?? request.estimated_cost)}</td>
              <td className={`${TD_CLASS} ${WIDE} whitespace-nowrap text-right tabular-nums`}>{formatMs(request.latency_ms)}</td>
              <td className={`${TD_CLASS} whitespace-nowrap text-right`}>
                {request.rating === null ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <>
                    <span aria-hidden className="text-amber-500">{"★".repeat(qualityToStars(request.rating))}</span>
                    <span className="sr-only">{qualityToStars(request.rating)} of 5 stars</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
