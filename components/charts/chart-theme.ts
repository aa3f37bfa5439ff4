// Colours that read on both the light and the dark background; axis text uses currentColor so the
// surrounding text colour (which follows the system theme) decides it.
export const CHART_COLORS = {
  spend: "#6366f1",
  overBudget: "#f43f5e",
  budget: "#f59e0b",
  counterfactual: "#94a3b8",
  savings: "#10b981",
  p50: "#0ea5e9",
  p95: "#a855f7",
  grid: "rgba(148, 163, 184, 0.25)",
} as const;

export const AXIS_TICK = { fill: "currentColor", fontSize: 11 } as const;
