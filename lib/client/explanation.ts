import type { ExclusionReason } from "@/lib/router/types";
import type { ExplanationEntry } from "@/lib/schemas/route";

// How the explanation table reads: the chosen model first, then the fallback order, then every
// excluded model (cheapest estimate first), each with a plain-words reason.

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  disabled: "disabled",
  below_quality: "below the quality floor",
  missing_capability: "missing a capability",
  over_cost: "over the cost limit",
  over_latency: "over the latency limit",
  context_too_small: "context window too small",
  unpriced: "no price",
  provider_filtered: "provider not allowed",
  circuit_open: "circuit open after failures",
  over_budget: "over the remaining budget",
};

const STATUS_ORDER = { chosen: 0, eligible: 1, excluded: 2 } as const;

export function sortExplanation(entries: readonly ExplanationEntry[]): ExplanationEntry[] {
  return [...entries].sort(
    (left, right) =>
      STATUS_ORDER[left.status] - STATUS_ORDER[right.status] ||
      (left.rank ?? Number.MAX_SAFE_INTEGER) - (right.rank ?? Number.MAX_SAFE_INTEGER) ||
      (left.estimated_cost ?? Number.MAX_SAFE_INTEGER) - (right.estimated_cost ?? Number.MAX_SAFE_INTEGER) ||
      left.model.localeCompare(right.model),
  );
}

/** Why a model was or was not chosen, in words. */
export function explainEntry(entry: ExplanationEntry): string {
  if (entry.status === "chosen") return "Chosen";
  if (entry.status === "eligible") return entry.rank !== null ? `Eligible · fallback ${entry.rank}` : "Eligible";
  const reasons = entry.exclusion_reasons.length > 0 ? entry.exclusion_reasons : entry.exclusion_reason ? [entry.exclusion_reason] : [];
  const words = reasons.map((reason) => EXCLUSION_LABELS[reason]).join("; ");
  return words ? `Excluded: ${words}` : "Excluded";
}
