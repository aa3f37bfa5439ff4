import type { RandomSource } from "../types";

// Deterministic randomness for everything that must repeat exactly for a seed: tests, benchmarks,
// model fitting and the provider simulator.

/** mulberry32: a tiny, fast 32-bit PRNG whose sequence is fixed by its seed. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the parts' UTF-16 code units (NUL-separated): a stable 32-bit seed from any text. */
export function hashToSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = `${part}\u0000`;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}

/** A standard normal draw (Box-Muller) from a uniform source. */
export function normalDraw(random: RandomSource): number {
  const u1 = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
}
