import { HOUR_MS, utcHourStart } from "@/lib/router/budget/utc-hour";
import type { MetricsWindow } from "@/lib/schemas/common";

// Metrics windows are whole UTC hours, because the rollups are hourly: "24h" is the current hour
// and the 23 before it. The answer says exactly which span it covers (from, to).

const WINDOW_HOURS: Record<MetricsWindow, number> = { "1h": 1, "24h": 24, "7d": 24 * 7, "30d": 24 * 30 };

export interface WindowSpan {
  window: MetricsWindow;
  hours: number;
  fromMs: number;
  toMs: number;
}

export function windowSpan(window: MetricsWindow, now: number): WindowSpan {
  const hours = WINDOW_HOURS[window];
  return { window, hours, fromMs: utcHourStart(now) - (hours - 1) * HOUR_MS, toMs: now };
}
