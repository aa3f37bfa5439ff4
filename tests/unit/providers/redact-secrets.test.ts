import { describe, expect, it } from "vitest";
import { redactSecrets } from "@/lib/router/providers/redact-secrets";

describe("redactSecrets", () => {
  it("removes a known key wherever it appears", () => {
    expect(redactSecrets("key=abcdefgh12345678 and again abcdefgh12345678", ["abcdefgh12345678"])).not.toContain("abcdefgh12345678");
  });

  it.each([
    ["OpenAI masked key", "Incorrect API key provided: sk-proj-****************wxyz.", "wxyz"],
    ["Anthropic key", "invalid key sk-ant-api03-AbCdEf123456", "AbCdEf123456"],
    ["Google key", "API key AIzaSyA1234567890abcdefghijklmn not valid", "AIzaSyA1234567890"],
    ["Groq key", "gsk_0123456789abcdef rejected", "0123456789abcdef"],
    ["Bearer header", "Authorization: Bearer eyJhbGciOi.payload.sig", "eyJhbGciOi"],
    ["api_key parameter", "https://x.test/v1?api_key=s3cr3tvalue99&x=1", "s3cr3tvalue99"],
  ])("redacts a %s it was not told about", (_label, text, secretPart) => {
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(secretPart);
    expect(redacted).toContain("[redacted]");
  });

  it("leaves ordinary prose alone and caps the length", () => {
    expect(redactSecrets("Rate limit reached for gpt-4o-mini.")).toBe("Rate limit reached for gpt-4o-mini.");
    expect(redactSecrets("x".repeat(1000)).length).toBeLessThanOrEqual(301);
  });
});
