// Provider error messages sometimes echo credentials (OpenAI's 401 quotes a masked key such as
// "sk-abc1****wxyz"; proxies echo headers). Every message that leaves an adapter passes through here.

const SECRET_PATTERNS: ReadonlyArray<{ pattern: RegExp; replacement: string }> = [
  // OpenAI, Anthropic (sk-ant-...), OpenRouter (sk-or-...), masked or not.
  { pattern: /\bsk-[A-Za-z0-9_*.-]{6,}/g, replacement: "sk-[redacted]" },
  { pattern: /\bAIza[A-Za-z0-9_-]{20,}/g, replacement: "[redacted]" }, // Google API keys
  { pattern: /\bgsk_[A-Za-z0-9]{10,}/g, replacement: "[redacted]" }, // Groq
  { pattern: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=*-]{6,}/gi, replacement: "$1 [redacted]" },
  {
    pattern: /\b(api[_-]?key|x-api-key|authorization|key|token)(["']?\s*[:=]\s*["']?)[^\s"',&}]{6,}/gi,
    replacement: "$1$2[redacted]",
  },
];

const MAX_MESSAGE_LENGTH = 300;

export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = text;
  for (const secret of knownSecrets) {
    // Short values would redact ordinary words; real keys are long.
    if (secret.length >= 8) result = result.split(secret).join("[redacted]");
  }
  for (const { pattern, replacement } of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  return result.length > MAX_MESSAGE_LENGTH ? `${result.slice(0, MAX_MESSAGE_LENGTH)}…` : result;
}
