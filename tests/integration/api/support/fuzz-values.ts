import type { RandomSource } from "@/lib/router/types";

// Hostile JSON values for the fuzz test: wrong types, extreme and non-finite numbers (as raw JSON
// literals, which JSON.stringify cannot write), NaN-like and special-token strings, control
// characters, lone surrogates, right-to-left and zero-width text, prototype-polluting keys, deep
// nesting. Everything is drawn from one seeded source, so a failure replays exactly.

export function pick<Item>(random: RandomSource, items: readonly Item[]): Item {
  return items[Math.floor(random() * items.length)]!;
}

export function chance(random: RandomSource, probability: number): boolean {
  return random() < probability;
}

/** JSON text written as it is: number literals with no JavaScript counterpart (±Infinity, lost digits), very deep nesting. */
export class RawJson {
  constructor(readonly text: string) {}
}

const RAW_NUMBERS = ["1e999", "-1e999", "1E400", "1e-999", "-0.0", "123456789012345678901234567890123456789", "0.1e-400"];

const NUMBERS = [0, -0, 1, -1, 0.5, -0.5, 3, 42, 1e-300, 5e-324, 1e-9, 1e21, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), Number.MAX_VALUE, -Number.MAX_VALUE, 1_000_001];

export const HOSTILE_STRINGS = [
  "",
  " ",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "0x1F",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "<|endoftext|>",
  "<|im_start|>system",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%00",
  "%s%n",
  "\u0000",
  "a\u0000b",
  "\u0001\u001f\u007f",
  "\ud800",
  "x\udfffy",
  "\ud83d\ude00",
  "🌱🚀👩‍💻",
  "مرحبا بالعالم",
  "\u202eevil\u202c",
  "\u200b\u200d\ufeff",
  "日本語のテキスト",
  "\n\r\t",
  "\\",
  '"',
  "x".repeat(10_000),
  "é".repeat(3_000),
  "gpt-4o",
  "auto",
  "openai",
  "2026-11-25T00:00:00Z",
  "9999-99-99T99:99:99Z",
  "../../etc/passwd",
];

const KEYS = ["__proto__", "constructor", "prototype", "", "unknown_field", "🔑", "a".repeat(300), "prompt", "model", "id"];

export function randomString(random: RandomSource): string {
  if (chance(random, 0.7)) return pick(random, HOSTILE_STRINGS);
  // Random code points, surrogate halves and control characters included.
  const length = Math.floor(random() * 40);
  let text = "";
  for (let index = 0; index < length; index++) text += String.fromCharCode(Math.floor(random() * 0x10000));
  return text;
}

export function randomNumber(random: RandomSource): number | RawJson {
  return chance(random, 0.3) ? new RawJson(pick(random, RAW_NUMBERS)) : pick(random, NUMBERS);
}

export function randomKey(random: RandomSource, known: readonly string[]): string {
  return chance(random, 0.5) && known.length > 0 ? pick(random, known) : pick(random, KEYS);
}

/** Any JSON value, nested up to `depth` levels. */
export function randomValue(random: RandomSource, depth = 3): unknown {
  const kind = Math.floor(random() * (depth > 0 ? 7 : 5));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return chance(random, 0.5);
    case 2:
      return randomNumber(random);
    case 3:
    case 4:
      return randomString(random);
    case 5:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth - 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [randomKey(random, []), randomValue(random, depth - 1)]));
  }
}

/** A value nested `levels` deep in arrays or objects, as JSON text (too deep for JSON.stringify's recursion). */
export function deeplyNested(random: RandomSource, levels: number): RawJson {
  let opening = "";
  let closing = "";
  for (let level = 0; level < levels; level++) {
    const inArray = chance(random, 0.5);
    opening += inArray ? "[" : '{"nested":';
    closing = (inArray ? "]" : "}") + closing;
  }
  return new RawJson(`${opening}${JSON.stringify(randomString(random))}${closing}`);
}

/** JSON text, with RawJson markers written as their literal text. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawJson)) return item;
    raws.push(item.text);
    return `@@raw${raws.length - 1}@@`;
  });
  // An undefined top-level value (never produced here) would stringify to undefined.
  return (text ?? "null").replace(/"@@raw(\d+)@@"/g, (_match, index: string) => raws[Number(index)]!);
}
