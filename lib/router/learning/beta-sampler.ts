import type { RandomSource } from "../types";

// Beta(α, β) samples from an injected uniform source, via two Gamma draws (Marsaglia–Tsang, with
// the U^(1/a) boost for shapes below 1) and Box–Muller normals. Deterministic for a seeded source.

function standardNormal(random: RandomSource): number {
  const u1 = Math.max(random(), Number.MIN_VALUE);
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Marsaglia & Tsang (2000), in the paper's notation (d, c, x, v, u). */
function sampleGamma(shape: number, random: RandomSource): number {
  if (shape < 1) return sampleGamma(shape + 1, random) * Math.max(random(), Number.MIN_VALUE) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(Math.max(u, Number.MIN_VALUE)) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export interface BetaShape {
  alpha: number;
  beta: number;
}

export function sampleBeta({ alpha, beta }: BetaShape, random: RandomSource): number {
  const first = sampleGamma(alpha, random);
  const second = sampleGamma(beta, random);
  return first + second > 0 ? first / (first + second) : alpha / (alpha + beta);
}
