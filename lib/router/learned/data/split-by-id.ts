import { fnv1a32 } from "../../embed/hash";
import type { BenchmarkRow } from "./benchmark-types";

// A held-out split that depends only on each row's id and a seed: the same row lands on the same
// side whatever the file order, and adding rows never moves existing ones.

export interface SplitOptions {
  seed: number;
  /** Share of rows held out, in (0, 1). */
  holdout: number;
}

/** MurmurHash3's finaliser: FNV-1a alone leaves its high bits uneven for short, similar ids. */
function mix32(hash: number): number {
  let mixed = hash >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

export function isHeldOut(id: string, { seed, holdout }: SplitOptions): boolean {
  return mix32(fnv1a32(`${seed}:${id}`)) / 4_294_967_296 < holdout;
}

export function splitById<Row extends Pick<BenchmarkRow, "id">>(
  rows: readonly Row[],
  options: SplitOptions,
): { train: Row[]; test: Row[] } {
  if (!(options.holdout > 0 && options.holdout < 1)) throw new RangeError("holdout must be in (0, 1)");
  const train: Row[] = [];
  const test: Row[] = [];
  for (const row of rows) (isHeldOut(row.id, options) ? test : train).push(row);
  return { train, test };
}
