import { HOUR_MS } from "@/lib/router/budget/utc-hour";

// When the seeded requests arrive: `count` times in ascending order over [from, to), with a daily
// rhythm (busiest mid-afternoon UTC, quietest at night) and quieter weekends, so hourly charts
// and windows see uneven traffic as real ones do. Ascending times also insert rows in index order.

function hourWeight(hourStartMs: number): number {
  const date = new Date(hourStartMs);
  const daily = 1 + 0.6 * Math.sin((2 * Math.PI * (date.getUTCHours() - 9)) / 24);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.65 : 1;
  return daily * weekend;
}

export function* requestTimes(options: { count: number; fromMs: number; toMs: number; random: () => number }): Generator<number> {
  const { count, fromMs, toMs, random } = options;
  const slots: Array<{ start: number; end: number; cumulative: number }> = [];
  let total = 0;
  for (let start = fromMs; start < toMs; start = Math.min(toMs, start - (start % HOUR_MS) + HOUR_MS)) {
    const end = Math.min(toMs, start - (start % HOUR_MS) + HOUR_MS);
    total += hourWeight(start) * (end - start);
    slots.push({ start, end, cumulative: total });
  }
  let slot = 0;
  for (let index = 0; index < count; index++) {
    // Inverse of the piecewise-linear cumulative weight at evenly spaced, jittered quantiles.
    const target = ((index + random()) / count) * total;
    while (slots[slot]!.cumulative < target && slot < slots.length - 1) slot++;
    const { start, end, cumulative } = slots[slot]!;
    const before = slot === 0 ? 0 : slots[slot - 1]!.cumulative;
    const share = cumulative > before ? (target - before) / (cumulative - before) : 0;
    yield Math.min(end - 1, Math.floor(start + share * (end - start)));
  }
}
