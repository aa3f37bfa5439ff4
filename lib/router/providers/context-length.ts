// Recognising "the prompt does not fit this model". OpenAI and llama.cpp say so with a structured
// code. Anthropic, Gemini's OpenAI-compatible endpoint and vLLM send only a 400 with a sentence,
// so for a 400/413 without such a code the documented sentences are the one signal there is.
// This decides only *which* non-retryable class a 400 gets (context_length or bad_request), which
// matters for fallback (only to a larger window); retrying is never decided from message text.

const CONTEXT_LENGTH_CODES: ReadonlySet<string> = new Set([
  "context_length_exceeded", // OpenAI, OpenRouter, Groq
  "exceed_context_size_error", // llama.cpp server
]);

const CONTEXT_LENGTH_SENTENCES: readonly RegExp[] = [
  /prompt is too long/i, // Anthropic: "prompt is too long: 201234 tokens > 200000 maximum"
  /maximum context length/i, // OpenAI wording, vLLM, Together
  /input token count .* exceeds the maximum/i, // Gemini
  /exceeds the (available )?context (size|window|length)/i, // llama.cpp, Ollama
  /context[ _]window/i,
];

export function isContextLengthError(input: {
  status: number | null;
  code: string | null;
  message: string | null;
}): boolean {
  if (input.code !== null && CONTEXT_LENGTH_CODES.has(input.code)) return true;
  if (input.status !== 400 && input.status !== 413) return false;
  const message = input.message;
  return message !== null && CONTEXT_LENGTH_SENTENCES.some((pattern) => pattern.test(message));
}
