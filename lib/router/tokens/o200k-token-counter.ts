import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

// Exact BPE counts with OpenAI's o200k_base encoding (GPT-4o, GPT-4.1, GPT-5, o-series), bounded in
// time: BPE costs about 20 µs per 1,000 characters here, so a 200 kB prompt would take 4 ms. Up to
// `exactCharacterCap` characters the count is exact; beyond it we count the first and the last half
// of the cap exactly and extrapolate the middle at the tokens-per-character rate observed in those
// two samples. Routing only needs the count to pick a model and check a context window, and the
// head and tail of a long prompt (instructions, code, pasted documents) are representative of it.

export const DEFAULT_EXACT_CHARACTER_CAP = 4_096;

// Special-token strings such as "<|endoftext|>" inside a prompt are counted as the plain text they
// are (gpt-tokenizer's default would throw on them, and a user can type anything).
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
const count = (text: string) => countTokens(text, PLAIN_TEXT);

export interface O200kCount {
  tokens: number;
  /** False when the middle of a long text was extrapolated. */
  exact: boolean;
}

export function countO200kTokens(text: string, exactCharacterCap = DEFAULT_EXACT_CHARACTER_CAP): O200kCount {
  if (text.length <= exactCharacterCap) return { tokens: count(text), exact: true };
  const sampleLength = Math.floor(exactCharacterCap / 2);
  const head = text.slice(0, sampleLength);
  const tail = text.slice(text.length - sampleLength);
  const sampledTokens = count(head) + count(tail);
  const middleCharacters = text.length - 2 * sampleLength;
  const tokensPerCharacter = sampledTokens / (2 * sampleLength);
  return { tokens: sampledTokens + Math.round(middleCharacters * tokensPerCharacter), exact: false };
}
