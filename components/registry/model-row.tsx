import { Badge } from "@/components/ui/badge";
import { buttonClass, TD_CLASS } from "@/components/ui/styles";
import { formatMs, formatScore, formatTokens } from "@/lib/client/format";
import type { ModelResponse } from "@/lib/schemas/models";
import { EnabledSwitch } from "./enabled-switch";

function price(value: number | null): string {
  return value === null ? "unpriced" : `$${value.toLocaleString("en-US", { maximumFractionDigits: 4 })}`;
}

const NUMBER = `${TD_CLASS} whitespace-nowrap text-right tabular-nums`;

interface Props {
  model: ModelResponse;
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onToggle: () => void;
  onDelete: () => void;
}

/** One registered model: ids and names as text, figures right-aligned, actions at the end. */
export function ModelRow({ model, editing, busy, onEdit, onToggle, onDelete }: Props) {
  return (
    <tr className={model.enabled ? "" : "text-slate-500 [&>*]:bg-slate-50 dark:[&>*]:bg-slate-900/60"}>
      <th scope="row" className={`${TD_CLASS} whitespace-nowrap font-medium`}>
        <span className="text-slate-900 dark:text-slate-100">{model.id}</span>
        <span className="block text-xs font-normal text-slate-500">
          {model.provider} · {model.provider_model}
        </span>
      </th>
      <td className={NUMBER}>
        {price(model.input_price_per_1m)} <span className="text-slate-400">/</span> {price(model.output_price_per_1m)}
        {model.cached_input_price_per_1m !== null ? <span className="block text-xs text-slate-500">cached {price(model.cached_input_price_per_1m)}</span> : null}
      </td>
      <td className={NUMBER}>{formatTokens(model.context_window)}</td>
      <td className={NUMBER}>{formatMs(model.latency_ms)}</td>
      <td className={NUMBER}>{formatScore(model.quality_score)}</td>
      <td className={TD_CLASS}>
        <ul className="flex min-w-36 max-w-48 flex-wrap gap-1">
          {model.capabilities.map((capability) => (
            <li key={capability}>
              <Badge>{capability.replace("_", " ")}</Badge>
            </li>
          ))}
        </ul>
      </td>
      <td className={TD_CLASS}>
        <EnabledSwitch modelId={model.id} enabled={model.enabled} busy={busy} onToggle={onToggle} />
      </td>
      {/* Sticky, so the actions stay in reach when the table scrolls sideways (phones, many columns). */}
      <td className={`${TD_CLASS} sticky right-0 whitespace-nowrap bg-white/95 text-right shadow-[-8px_0_8px_-8px_rgba(15,23,42,0.15)] dark:bg-slate-900/95`}>
        <button type="button" aria-expanded={editing} aria-label={`Edit ${model.id}`} onClick={onEdit} className={buttonClass("ghost", "!px-2 !py-1")}>
          {editing ? "Close" : "Edit"}
        </button>
        <button type="button" aria-label={`Delete ${model.id}`} onClick={onDelete} className={buttonClass("ghost", "!px-2 !py-1 text-rose-600 dark:text-rose-400")}>
          Delete
        </button>
      </td>
    </tr>
  );
}
