/** Placeholder while data loads: announced to screen readers, shaped like the content to come. */
export function LoadingBlock({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-2 py-1">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} aria-hidden className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" style={{ width: `${92 - index * 13}%` }} />
      ))}
    </div>
  );
}
