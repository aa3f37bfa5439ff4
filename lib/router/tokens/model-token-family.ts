import type { ModelSpec } from "../types";

// Which tokenizer a model's input count comes from. OpenAI publishes its encodings, so OpenAI models
// of the o200k generation get exact counts. Anthropic and Google do not publish theirs for local use,
// so their counts are the o200k count times a documented factor (see APPROXIMATION_FACTORS).

export type TokenFamily = "o200k" | "approximate";

// Pre-o200k OpenAI models (gpt-4, gpt-4-turbo, gpt-3.5) use cl100k; it is approximated, not exact.
const O200K_MODEL_PATTERN = /^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|gpt-oss)/;

export function tokenFamilyOf(model: Pick<ModelSpec, "provider" | "providerModel">): TokenFamily {
  return model.provider === "openai" && O200K_MODEL_PATTERN.test(model.providerModel) ? "o200k" : "approximate";
}

/**
 * Multipliers applied to the o200k count for models without a local tokenizer. They err high on
 * purpose, so that budget reservations and context-window checks are conservative:
 * - anthropic 1.2: Claude's vocabulary is smaller than o200k's 200k entries, so the same English text
 *   takes more tokens (Anthropic's own docs warn that token counts differ from OpenAI's);
 * - google 1.0: Gemini's SentencePiece vocabulary (256k) is at least as large as o200k's;
 * - openai 1.1: cl100k-era OpenAI models need up to ~10% more tokens than o200k on English;
 * - anything else (local and OpenAI-compatible servers: Llama, Mistral, Qwen…) 1.2.
 * The execution layer records the real usage of every call, so these only shape estimates.
 */
export const APPROXIMATION_FACTORS: Readonly<Record<string, number>> = {
  anthropic: 1.2,
  google: 1.0,
  openai: 1.1,
};
const DEFAULT_APPROXIMATION_FACTOR = 1.2;

export interface InputTokenQuery {
  model: Pick<ModelSpec, "provider" | "providerModel">;
  o200kTokens: number;
  /** Per-provider overrides of APPROXIMATION_FACTORS. */
  factors?: Readonly<Record<string, number>>;
}

export function inputTokensForModel({ model, o200kTokens, factors = APPROXIMATION_FACTORS }: InputTokenQuery): number {
  if (tokenFamilyOf(model) === "o200k") return o200kTokens;
  const factor = factors[model.provider] ?? DEFAULT_APPROXIMATION_FACTOR;
  return Math.ceil(o200kTokens * factor);
}
