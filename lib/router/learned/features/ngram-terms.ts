import { fnv1a32 } from "../../embed/hash";
import { tokenizeWords } from "../../embed/local-embedder";

// Hashed n-gram counts of a text: word unigrams and bigrams, and (optionally) character 3-grams
// inside words. Same tokeniser and hash as the local embedder, but the character n-grams can be
// switched off: they triple the row length and so the training time, for little routing gain.

export interface NgramOptions {
  bits: number;
  characterGrams: boolean;
}

export function countNgrams(text: string, { bits, characterGrams }: NgramOptions): Map<number, number> {
  const mask = (1 << bits) - 1;
  const counts = new Map<number, number>();
  const add = (term: string) => {
    const bucket = fnv1a32(term) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  let previous = "";
  for (const word of tokenizeWords(text)) {
    add(`w:${word}`);
    if (previous) add(`b:${previous} ${word}`);
    previous = word;
    if (characterGrams && word.length >= 3) {
      const padded = `<${word}>`;
      for (let start = 0; start + 3 <= padded.length; start++) add(`c:${padded.slice(start, start + 3)}`);
    }
  }
  return counts;
}
