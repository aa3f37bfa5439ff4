/** On/off switch for a model: enabled models can be chosen, disabled ones are kept but skipped. */
export function EnabledSwitch({ modelId, enabled, busy, onToggle }: { modelId: string; enabled: boolean; busy: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={enabled}
      aria-label={`${modelId} enabled`}
      disabled={busy}
      onClick={onToggle}
      className="inline-flex items-center gap-2 text-xs font-medium disabled:opacity-50"
    >
      <span className={`relative inline-flex h-5 w-9 shrink-0 rounded-full transition-colors ${enabled ? "bg-emerald-500" : "bg-slate-300 dark:bg-slate-700"}`}>
        <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform ${enabled ? "translate-x-4.5" : "translate-x-0.5"}`} />
      </span>
      <span className={enabled ? "text-emerald-700 dark:text-emerald-400" : "text-slate-500"}>{enabled ? "Enabled" : "Disabled"}</span>
    </button>
  );
}
