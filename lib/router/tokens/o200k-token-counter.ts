import { countTokens, encodeGenerator } from "gpt-tokenizer/encoding/o200k_base";
import { PieceTokenCache } from "./piece-token-cache";

// The one place text is counted in tokens, with OpenAI's o200k_base encoding (GPT-4o, GPT-4.1,
// GPT-5, o-series). For other providers' models it is an estimate (within about 10-20% for English
// prose; see model-token-family.ts for the per-provider factors). Used by the token estimator
// (routing), the execution layer (usage when a provider reports none) and the simulator.

// Special-token strings such as "<|endoftext|>" inside a prompt are counted as the plain text they
// are (gpt-tokenizer's default would throw on them, and a user can type anything).
const AS_PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

// One process-wide cache of per-piece counts (see piece-token-cache.ts): the same count, faster.
const pieceCounts = new PieceTokenCache({
  count: (text) => countTokens(text, AS_PLAIN_TEXT),
  encodePieces: (text) => encodeGenerator(text, AS_PLAIN_TEXT),
});

/** Exact o200k tokens of a text. */
export function countTextTokens(text: string): number {
  return text.length === 0 ? 0 : pieceCounts.count(text);
}

// Routing needs a count bounded in time: BPE costs about 20 µs per 1,000 characters here, so a
// 200 kB prompt would take 4 ms. Up to `exactCharacterCap` characters the count is exact; beyond it
// we count the first and the last half of the cap exactly and extrapolate the middle at the
// tokens-per-character rate observed in those two samples. Routing only needs the count to pick a
// model and check a context window, and the head and tail of a long prompt (instructions, code,
// pasted documents) are representative of it.

export const DEFAULT_EXACT_CHARACTER_CAP = 4_096;

export interface O200kCount {
  tokens: number;
  /** False when the middle of a long text was extrapolated. */
  exact: boolean;
}

export function countO200kTokens(text: string, exactCharacterCap = DEFAULT_EXACT_CHARACTER_CAP): O200kCount {
  if (text.length <= exactCharacterCap) return { tokens: countTextTokens(text), exact: true };
  const sampleLength = Math.floor(exactCharacterCap / 2);
  const head = text.slice(0, sampleLength);
  const tail = text.slice(text.length - sampleLength);
  const sampledTokens = countTextTokens(head) + countTextTokens(tail);
  const middleCharacters = text.length - 2 * sampleLength;
  const tokensPerCharacter = sampledTokens / (2 * sampleLength);
  return { tokens: sampledTokens + Math.round(middleCharacters * tokensPerCharacter), exact: false };
}

// Chat framing in OpenAI's format: each message costs 4 tokens beyond its content
// (<|im_start|>, the role, <|im_sep|>, <|im_end|>) and the reply is primed with 3; gpt-tokenizer's
// encodeChat gives the same totals for gpt-4o.
export const TOKENS_PER_MESSAGE = 4;
export const REPLY_PRIMING_TOKENS = 3;

/** Tokens of a conversation with its chat framing; `countText` lets a caller count through its cache. */
export function countChatTokens(messages: readonly { content: string }[], countText: (text: string) => number = countTextTokens): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) total += TOKENS_PER_MESSAGE + countText(message.content);
  return total;
}
