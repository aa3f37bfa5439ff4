import { explainEntry, sortExplanation } from "@/lib/client/explanation";
import { formatMs, formatScore, formatUsd } from "@/lib/client/format";
import type { ExplanationEntry } from "@/lib/schemas/route";
import { TABLE_CLASS, TABLE_WRAPPER_CLASS, TBODY_CLASS, TD_CLASS, THEAD_CLASS, TH_CLASS } from "@/components/ui/styles";

const ROW_TONE = {
  chosen: "bg-indigo-50/70 dark:bg-indigo-950/40",
  eligible: "",
  excluded: "text-slate-500 dark:text-slate-400",
} as const;

/** Every registered model for one decision: its estimate, and why it was chosen, kept as a fallback or excluded. */
export function ExplanationTable({ entries }: { entries: readonly ExplanationEntry[] }) {
  return (
    <div className={TABLE_WRAPPER_CLASS}>
      <table aria-label="Decision explanation" className={TABLE_CLASS}>
        <thead className={THEAD_CLASS}>
          <tr>
            <th scope="col" className={TH_CLASS}>Model</th>
            <th scope="col" className={TH_CLASS}>Why</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Quality</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Est. cost</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Est. latency</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Tokens in / out</th>
          </tr>
        </thead>
        <tbody className={TBODY_CLASS}>
          {sortExplanation(entries).map((entry) => (
            <tr key={entry.model} className={ROW_TONE[entry.status]}>
              <th scope="row" className={`${TD_CLASS} font-medium`}>
                <span className="whitespace-nowrap text-slate-900 dark:text-slate-100">{entry.model}</span>
                <span className="block text-xs font-normal text-slate-500">{entry.provider}</span>
              </th>
              <td className={`${TD_CLASS} min-w-48`}>
                <span className={entry.status === "chosen" ? "font-semibold text-indigo-700 dark:text-indigo-300" : ""}>{explainEntry(entry)}</span>
                {entry.detail ? <span className="block text-xs text-slate-500">{entry.detail}</span> : null}
              </td>
              <td className={`${TD_CLASS} text-right tabular-nums`}>{formatScore(entry.quality_score)}</td>
              <td className={`${TD_CLASS} text-right tabular-nums`}>{formatUsd(entry.estimated_cost)}</td>
              <td className={`${TD_CLASS} text-right tabular-nums`}>{formatMs(entry.estimated_latency_ms)}</td>
              <td className={`${TD_CLASS} whitespace-nowrap text-right tabular-nums`}>
                {entry.estimated_input_tokens} / {entry.estimated_output_tokens}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
