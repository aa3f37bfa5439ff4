// Money is computed here and nowhere else. Costs are USD; internally and in storage they are whole
// nano-dollars (1 USD = 1e9 nano-USD) so sums, budget reservations and rollups are exact integer
// arithmetic. Rounding rule: each call's cost is rounded half away from zero to the nearest
// nano-dollar once, when it is computed; sums of rounded costs are never re-rounded.
// A JavaScript number holds integers exactly up to 2^53, i.e. about 9 million USD of nano-dollars.

const NANO_USD_PER_USD = 1_000_000_000;

export function usdToNano(usd: number): number {
  return Math.round(usd * NANO_USD_PER_USD);
}

export function nanoToUsd(nano: number): number {
  return nano / NANO_USD_PER_USD;
}
