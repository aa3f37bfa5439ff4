// Display formats used across the console. Every function takes the value and returns text; null
// (unknown, unpriced, not measured) is shown as an em dash rather than as zero.

const DASH = "—";

/** USD with enough significant digits for sub-cent request costs: $0.000123, $1.23, $1,234. */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (value === 0) return "$0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1) return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (magnitude >= 0.01) return `$${value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "")}`;
  return `$${value.toPrecision(3).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")}`;
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value).toLocaleString("en-US")} ms`;
}

/** A share in [0, 1] as a percentage. */
export function formatShare(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${(value * 100).toFixed(digits)}%`;
}

/** A value already in percent (e.g. utilization_percent); small non-zero values keep a visible digit. */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (value > 0 && value < 0.1 && digits < 2) return "<0.1%";
  if (value > 0 && value < 10 && digits === 0) return `${value.toFixed(1)}%`;
  return `${value.toFixed(digits)}%`;
}

export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toFixed(2);
}

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toLocaleString("en-US");
}

/** 128000 → "128k", 2000000 → "2M". */
export function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000) return `${Number((tokens / 1_000_000).toFixed(1))}M`;
  if (tokens >= 1_000) return `${Number((tokens / 1_000).toFixed(1))}k`;
  return String(tokens);
}

const TASK_TYPE_LABELS: Record<string, string> = {
  chat: "Chat",
  qa: "Q&A",
  summarization: "Summarization",
  code: "Code",
  reasoning: "Reasoning",
  creative: "Creative",
  extraction: "Extraction",
  translation: "Translation",
};

/** A task type as people say it ("qa" → "Q&A"). */
export function formatTaskType(taskType: string): string {
  return TASK_TYPE_LABELS[taskType] ?? humanize(taskType);
}

/** A complexity with a capital letter ("expert" → "Expert"). */
export function formatComplexity(complexity: string): string {
  return complexity.charAt(0).toUpperCase() + complexity.slice(1);
}

/** Short durations for chart axes: "450 ms", "1.4 s". */
export function formatMsShort(value: number): string {
  return value >= 1000 ? `${Number((value / 1000).toFixed(1))} s` : `${Math.round(value)} ms`;
}

/** "simple_qa"-style and snake_case identifiers as words: "task_type" → "task type". */
export function humanize(identifier: string): string {
  return identifier.replaceAll("_", " ");
}

/** Date and time in the viewer's locale and time zone (call only in the browser). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { month: "short", day: "numeric" });
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** Hour label for chart axes: "14:00", or "Nov 25" for day buckets. */
export function formatBucket(iso: string, bucket: "hour" | "day"): string {
  const date = new Date(iso);
  if (bucket === "day") return date.toLocaleDateString(undefined, { month: "short", day: "numeric" });
  return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}
