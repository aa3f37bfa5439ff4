import type { ExclusionReason, ModelExplanation, RelaxedConstraint } from "../types";

// Thrown when no registered model satisfies the request. It names, for each constraint, the models
// it excluded (by each model's first reason), so the HTTP layer can answer 422 with something the
// caller can act on ("max_cost excluded gpt-4o, claude-3-5-sonnet; below_quality excluded …").

export class NoEligibleModelError extends Error {
  override readonly name = "NoEligibleModelError";
  readonly code = "no_eligible_model";
  /** Model ids per first exclusion reason. */
  readonly excludedBy: Readonly<Partial<Record<ExclusionReason, readonly string[]>>>;

  constructor(
    readonly explanation: readonly ModelExplanation[],
    readonly relaxed: readonly RelaxedConstraint[] = [],
  ) {
    const excludedBy: Partial<Record<ExclusionReason, string[]>> = {};
    for (const model of explanation) {
      if (!model.exclusionReason) continue;
      (excludedBy[model.exclusionReason] ??= []).push(model.modelId);
    }
    const parts = Object.entries(excludedBy).map(([reason, ids]) => `${reason} excluded ${ids.join(", ")}`);
    const relaxedNote = relaxed.length > 0 ? ` (after relaxing ${relaxed.map((entry) => entry.constraint).join(", ")})` : "";
    super(
      explanation.length === 0
        ? "No eligible model: the registry is empty"
        : `No eligible model${relaxedNote}: ${parts.join("; ")}`,
    );
    this.excludedBy = excludedBy;
  }
}
