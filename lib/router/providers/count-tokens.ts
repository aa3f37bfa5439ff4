import { countTokens } from "gpt-tokenizer";
import type { ChatMessage } from "./adapter";

// o200k_base (GPT-4o's encoding). For other providers' models it is an estimate, within about
// 10-20% for English prose, which is what estimates and the simulator need.

// Text is counted as text: a prompt that contains "<|endoftext|>" is not a special token here.
const AS_PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

// Chat framing in OpenAI's format: each message costs 4 tokens beyond its content and the reply
// is primed with 3 (gpt-tokenizer's encodeChat gives the same totals for gpt-4o).
const TOKENS_PER_MESSAGE = 4;
const REPLY_PRIMING_TOKENS = 3;

export function countTextTokens(text: string): number {
  return text.length === 0 ? 0 : countTokens(text, AS_PLAIN_TEXT);
}

export function countChatTokens(messages: readonly ChatMessage[]): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) total += TOKENS_PER_MESSAGE + countTextTokens(message.content);
  return total;
}
