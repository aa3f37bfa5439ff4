import type { ModelSpec } from "@/lib/router/types";

function formatPrice(price: number | null): string {
  return price === null ? "unpriced" : `$${price.toLocaleString("en-US", { maximumFractionDigits: 4 })}`;
}

function formatTokens(tokens: number): string {
  return tokens >= 1_000_000 ? `${tokens / 1_000_000}M` : tokens >= 1_000 ? `${Math.round(tokens / 1_000)}k` : String(tokens);
}

/** The registry as a read-only table. Names and ids are rendered as text, never as HTML. */
export function ModelTable({ models }: { models: readonly ModelSpec[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table aria-label="Registered models" className="min-w-full text-left text-sm">
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2">Model</th>
            <th scope="col" className="px-3 py-2">Provider</th>
            <th scope="col" className="px-3 py-2 text-right">Input $/1M</th>
            <th scope="col" className="px-3 py-2 text-right">Output $/1M</th>
            <th scope="col" className="px-3 py-2 text-right">Context</th>
            <th scope="col" className="px-3 py-2 text-right">Latency</th>
            <th scope="col" className="px-3 py-2 text-right">Quality</th>
            <th scope="col" className="px-3 py-2">Capabilities</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {models.map((model) => (
            <tr key={model.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                {model.id}
                <div className="text-xs font-normal text-slate-500">{model.providerModel}</div>
              </th>
              <td className="px-3 py-2">{model.provider}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatPrice(model.inputPricePer1M)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatPrice(model.outputPricePer1M)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatTokens(model.contextWindow)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{model.latencyMs} ms</td>
              <td className="px-3 py-2 text-right tabular-nums">{model.qualityScore.toFixed(2)}</td>
              <td className="px-3 py-2">
                <ul className="flex flex-wrap gap-1">
                  {model.capabilities.map((capability) => (
                    <li key={capability} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
                      {capability}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="px-3 py-2">{model.enabled ? "enabled" : "disabled"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
