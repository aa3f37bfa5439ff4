import { countTokens, encodeGenerator } from "gpt-tokenizer/encoding/o200k_base";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { loadDefaultExamples } from "@/lib/router/classify/labelled-examples";
import { seededRandom } from "@/lib/router/learning/seeded-random";
import { countO200kTokens, countTextTokens } from "@/lib/router/tokens/o200k-token-counter";
import { PieceTokenCache } from "@/lib/router/tokens/piece-token-cache";

// The cached count must be gpt-tokenizer's count, to the token, on any text: the shipped examples,
// prompts shaped like real traffic, other scripts, emoji, lone surrogates, special-token text, and
// the head and tail slices a long prompt is counted on (cut anywhere, even inside a surrogate pair).

const AS_PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const library = (text: string) => (text.length === 0 ? 0 : countTokens(text, AS_PLAIN_TEXT));
const gptTokenizer = () => ({ count: vi.fn(library), encodePieces: vi.fn((text: string) => encodeGenerator(text, AS_PLAIN_TEXT)) });

const DOCUMENT = "The quarterly report shows revenue of $4.2M, up 12% year over year, driven by enterprise plans. ";
const CODE = "```ts\nexport function total(items: { price: number; qty: number }[]) {\n  return items.reduce((sum, item) => sum + item.price * item.qty, 0);\n}\n```";
const UNICODE = [
  "Übersetze „Guten Morgen“ ins Englische — bitte!",
  "İSTANBUL'DA NE YAPILIR? I'M ASKING, don't you KNOW'LL",
  "写一首关于秋天的诗，用五言绝句。日本語も。한국어도",
  "👩‍💻 fixed it 🇫🇷🇫🇷 😀😀😀 ½ Ⅻ ٣٤٥ 1234567",
  "naïve café résumé coöperation e\u0301 a\u0308\u0301",
  "tabs\tand\u00a0nbsp\u3000ideographic\u2028line\u000bvertical\r\n\r\n  \n",
  "lone \uD800 high and \uDC00 low surrogates\uD83D",
  "<|endoftext|> what is <|im_start|>user<|im_sep|> this?<|im_end|>",
  "\u0000\u0001\u007f\u200b\ufeff control characters",
  "it's they're we've I'd you'll SHE'S IT’S rock'n'roll",
];

function corpus(): string[] {
  const examples = loadDefaultExamples().map((example) => example.text);
  const shaped = examples.flatMap((text, index) => [
    `Hi! ${text} Keep it under 200 words and use plain language.`,
    `${examples[(index * 7) % examples.length]} Also: ${text}\n${CODE}`,
  ]);
  const long = [`${DOCUMENT.repeat(60)}\n\n${examples[0]}`, `${UNICODE.join(" ").repeat(40)}`, "word ".repeat(3_000)];
  const slices = long.flatMap((text) => [0, 1, 2_047, 2_048, 2_049, 4_095].map((cut) => text.slice(cut, cut + 2_048)));
  return [...examples, ...shaped, ...UNICODE, ...long, ...slices, "", " ", "a".repeat(500), " ".repeat(300)];
}

describe("o200k counting through the piece cache", () => {
  it("gives gpt-tokenizer's exact count on examples, traffic-shaped, unicode and long prompts, cold and warm", () => {
    const fresh = new PieceTokenCache(gptTokenizer());
    for (const text of corpus()) {
      const expected = library(text);
      expect(fresh.count(text), JSON.stringify(text.slice(0, 80))).toBe(expected);
      expect(fresh.count(text)).toBe(expected);
      expect(countTextTokens(text)).toBe(expected);
    }
  });

  it("gives the exact count on random mixes of scripts, emoji, digits, whitespace and punctuation", () => {
    const atoms = ["a", "Z", "é", "ß", "ǅ", "中文", "ا", "\u0301", "😀", "🇫🇷", "\uD800", "1", "٣", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "'s", "’", "'LL", "!", "...", "/", "$", "<|endoftext|>", " the", "HTTP", "Server", "x86", "12345"];
    const random = seededRandom(7);
    const small = new PieceTokenCache(gptTokenizer(), { capacity: 64, newPiecesAllowed: 1, maxPieceLength: 4 });
    const large = new PieceTokenCache(gptTokenizer());
    for (let sample = 0; sample < 3_000; sample++) {
      let text = "";
      for (let atom = 1 + Math.floor(random() * 16); atom > 0; atom--) text += atoms[Math.floor(random() * atoms.length)];
      const expected = library(text);
      expect(small.count(text), JSON.stringify(text)).toBe(expected);
      expect(large.count(text), JSON.stringify(text)).toBe(expected);
    }
  });

  it("keeps the long-prompt extrapolation on exact head and tail counts", () => {
    const text = `${DOCUMENT.repeat(200)}😀${"Summarise the above. ".repeat(100)}`;
    const half = 2_048;
    const sampled = library(text.slice(0, half)) + library(text.slice(text.length - half));
    const expected = sampled + Math.round((text.length - 2 * half) * (sampled / (2 * half)));
    expect(countO200kTokens(text)).toEqual({ tokens: expected, exact: false });
  });
});

describe("PieceTokenCache", () => {
  it("counts each new piece once, then answers from memory", () => {
    const tokenizer = gptTokenizer();
    const cache = new PieceTokenCache(tokenizer);
    const counted = () => tokenizer.count.mock.calls.map(([text]) => text);
    expect(cache.count("hello world")).toBe(library("hello world"));
    expect(counted()).toEqual(["hello", " world"]);
    tokenizer.count.mockClear();
    expect(cache.count("world hello")).toBe(library("world hello"));
    expect(counted()).toEqual(["world", " hello"]);
    tokenizer.count.mockClear();
    expect(cache.count("hello world hello world")).toBe(library("hello world hello world"));
    expect(tokenizer.count).not.toHaveBeenCalled();
    expect(tokenizer.encodePieces).not.toHaveBeenCalled();
  });

  it("learns every piece of a mostly new text from one pass of gpt-tokenizer's encoder", () => {
    const tokenizer = gptTokenizer();
    const cache = new PieceTokenCache(tokenizer, { newPiecesAllowed: 2 });
    const text = "alpha beta gamma delta epsilon, zeta!";
    expect(cache.count(text)).toBe(library(text));
    expect(tokenizer.count).not.toHaveBeenCalled();
    expect(tokenizer.encodePieces).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(8);
    expect(cache.count("zeta gamma alpha")).toBe(library("zeta gamma alpha"));
    expect(tokenizer.count.mock.calls.map(([piece]) => piece)).toEqual(["zeta", " alpha"]);
  });

  it("does not remember long pieces and starts over when full", () => {
    const tokenizer = gptTokenizer();
    const cache = new PieceTokenCache(tokenizer, { capacity: 3, maxPieceLength: 8 });
    const longWord = "x".repeat(40);
    expect(cache.count(longWord)).toBe(library(longWord));
    expect(cache.count(longWord)).toBe(library(longWord));
    expect(tokenizer.count).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
    for (const word of ["one", "two", "three", "four", "five"]) expect(cache.count(word)).toBe(library(word));
    expect(cache.size).toBeLessThanOrEqual(3);
  });

  it("does not keep alive the prompts its pieces were cut from", () => {
    setFlagsFromString("--expose-gc");
    const collectGarbage = runInNewContext("gc") as () => void;
    const cache = new PieceTokenCache(gptTokenizer());
    const filler = "the cat sat on the mat. ".repeat(4_000); // ~96 kB of known pieces
    cache.count(filler);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let index = 0; index < 120; index++) {
      // A fresh flat prompt whose one new piece, " zq…mnop", is 21 characters long (V8 keeps such slices as views).
      const prompt = JSON.parse(JSON.stringify(`${filler} zq${String.fromCharCode(97 + (index % 26), 97 + Math.floor(index / 26))}abcdefghijklmnop`)) as string;
      cache.count(prompt); // (no reference count here: gpt-tokenizer's own merge cache keeps such slices)
    }
    collectGarbage();
    // Keeping the prompts would hold 120 × 96 kB ≈ 11.5 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(4_000_000);
  });
});
