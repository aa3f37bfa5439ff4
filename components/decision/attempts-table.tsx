import { Badge } from "@/components/ui/badge";
import { formatMs, formatUsd } from "@/lib/client/format";
import type { AttemptView } from "@/lib/schemas/route";
import { TABLE_CLASS, TABLE_WRAPPER_CLASS, TBODY_CLASS, TD_CLASS, THEAD_CLASS, TH_CLASS } from "@/components/ui/styles";

const STATUS_TONE = { success: "green", error: "red", skipped: "neutral" } as const;

/** One row per provider call: retries and fallbacks in the order they happened. */
export function AttemptsTable({ attempts }: { attempts: readonly AttemptView[] }) {
  if (attempts.length === 0) return <p className="text-sm text-slate-500">No provider was called.</p>;
  return (
    <div className={TABLE_WRAPPER_CLASS}>
      <table aria-label="Attempts" className={TABLE_CLASS}>
        <thead className={THEAD_CLASS}>
          <tr>
            <th scope="col" className={TH_CLASS}>#</th>
            <th scope="col" className={TH_CLASS}>Model</th>
            <th scope="col" className={TH_CLASS}>Outcome</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Latency</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Tokens in / out</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Cost</th>
          </tr>
        </thead>
        <tbody className={TBODY_CLASS}>
          {attempts.map((attempt, index) => (
            <tr key={`${attempt.model}-${attempt.attempt}-${index}`}>
              <td className={`${TD_CLASS} tabular-nums`}>{index + 1}</td>
              <th scope="row" className={`${TD_CLASS} whitespace-nowrap font-medium`}>
                {attempt.model}
                <span className="block text-xs font-normal text-slate-500">
                  {attempt.provider} · try {attempt.attempt}
                  {attempt.simulated ? " · simulated" : ""}
                </span>
              </th>
              <td className={TD_CLASS}>
                <Badge tone={STATUS_TONE[attempt.status]}>{attempt.status}</Badge>
                {attempt.error_class ? (
                  <span className="mt-1 block text-xs text-slate-500">
                    {attempt.error_class}
                    {attempt.http_status ? ` (HTTP ${attempt.http_status})` : ""}
                    {attempt.retry_delay_ms ? ` · retried after ${formatMs(attempt.retry_delay_ms)}` : ""}
                  </span>
                ) : null}
                {attempt.error_message ? <span className="block max-w-md break-words text-xs text-slate-500">{attempt.error_message}</span> : null}
              </td>
              <td className={`${TD_CLASS} text-right tabular-nums`}>{formatMs(attempt.latency_ms)}</td>
              <td className={`${TD_CLASS} whitespace-nowrap text-right tabular-nums`}>
                {attempt.usage ? `${attempt.usage.input_tokens} / ${attempt.usage.output_tokens}` : "—"}
              </td>
              <td className={`${TD_CLASS} text-right tabular-nums`}>
                {formatUsd(attempt.cost)}
                {attempt.cost_estimated ? <span className="block text-xs text-slate-500">estimated</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
