import { createHash } from "node:crypto";

/** SHA-256 of the text, hex: a cache key that does not keep the prompt itself in memory twice. */
export function promptHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
