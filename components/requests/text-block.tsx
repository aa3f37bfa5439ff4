/** Stored text (a prompt or an answer) shown exactly as written: as text, never as HTML. */
export function TextBlock({ label, text, empty }: { label: string; text: string | null; empty: string }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</h3>
      {text === null || text === "" ? (
        <p className="text-sm italic text-slate-500">{empty}</p>
      ) : (
        <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-relaxed dark:border-slate-800 dark:bg-slate-950">
          {text}
        </pre>
      )}
    </div>
  );
}
