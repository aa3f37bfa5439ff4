import { Badge } from "@/components/ui/badge";
import type { ProviderStatusView } from "@/lib/schemas/providers";

const MODE = {
  live: { tone: "green", label: "Key configured" },
  simulated: { tone: "amber", label: "No key: answers simulated" },
  unavailable: { tone: "red", label: "Unavailable" },
} as const;

/** Each provider's key status. Only the name of the variable that holds a key is shown, never a key. */
export function ProviderStatusList({ providers }: { providers: readonly ProviderStatusView[] }) {
  if (providers.length === 0) return <p className="text-sm text-slate-500">No providers are configured.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" aria-label="Provider key status">
      {providers.map((provider) => {
        const mode = MODE[provider.mode];
        return (
          <li key={provider.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{provider.id}</span>
              {provider.kind !== provider.id ? <span className="text-xs text-slate-500">{provider.kind.replace("_", " ")}</span> : null}
            </div>
            <div className="mt-2">
              <Badge tone={mode.tone}>{mode.label}</Badge>
            </div>
            <p className="mt-2 text-xs text-slate-500">
              {provider.api_key_env ? (
                <>
                  Key variable <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{provider.api_key_env}</code>
                </>
              ) : (
                "Needs no key"
              )}
            </p>
            {provider.reason && provider.mode !== "live" ? <p className="mt-0.5 text-xs text-slate-500">Why: {provider.reason}</p> : null}
            {provider.base_url ? <p className="mt-1 truncate text-xs text-slate-500" title={provider.base_url}>{provider.base_url}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
