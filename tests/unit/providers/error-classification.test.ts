import { describe, expect, it } from "vitest";
import { classForStatus, isHealthFailure, isRetryableClass } from "@/lib/router/providers/error-class";
import { isContextLengthError } from "@/lib/router/providers/context-length";
import { ProviderError } from "@/lib/router/providers/provider-error";

describe("error classes", () => {
  it.each([
    [400, "bad_request", false],
    [401, "authentication", false],
    [402, "quota_exceeded", false],
    [403, "permission", false],
    [404, "not_found", false],
    [408, "timeout", true],
    [409, "conflict", true],
    [413, "bad_request", false],
    [422, "bad_request", false],
    [429, "rate_limited", true],
    [500, "server_error", true],
    [502, "server_error", true],
    [503, "server_error", true],
    [529, "server_error", true],
  ] as const)("HTTP %i is %s (retryable: %s)", (status, errorClass, retryable) => {
    expect(classForStatus(status)).toBe(errorClass);
    expect(isRetryableClass(errorClass)).toBe(retryable);
  });

  it("never retries context-length, quota or configuration failures", () => {
    for (const errorClass of ["context_length", "quota_exceeded", "not_configured", "circuit_open", "aborted", "malformed_response"] as const) {
      expect(isRetryableClass(errorClass)).toBe(false);
    }
  });

  it("counts only health failures against a circuit", () => {
    expect(isHealthFailure("server_error")).toBe(true);
    expect(isHealthFailure("timeout")).toBe(true);
    expect(isHealthFailure("bad_request")).toBe(false);
    expect(isHealthFailure("authentication")).toBe(false);
    expect(isHealthFailure("context_length")).toBe(false);
  });

  it("lets a server's x-should-retry: false veto a retryable class, and exposes only plain fields", () => {
    const vetoed = new ProviderError({ errorClass: "server_error", providerId: "openai", message: "m", retryVetoed: true });
    expect(vetoed.isRetryable).toBe(false);
    expect(Object.keys(JSON.parse(JSON.stringify(vetoed))).sort()).toEqual(
      ["errorClass", "isRetryable", "message", "name", "providerCode", "providerId", "retryAfterMs", "status"].sort(),
    );
  });
});

describe("context-length recognition", () => {
  it("trusts structured codes whatever the status", () => {
    expect(isContextLengthError({ status: 400, code: "context_length_exceeded", message: null })).toBe(true);
    expect(isContextLengthError({ status: null, code: "exceed_context_size_error", message: null })).toBe(true);
  });

  it("reads the documented sentences only on a 400 or 413", () => {
    const anthropic = "prompt is too long: 208310 tokens > 200000 maximum";
    expect(isContextLengthError({ status: 400, code: null, message: anthropic })).toBe(true);
    expect(isContextLengthError({ status: 400, code: null, message: "The input token count (1048577) exceeds the maximum number of tokens allowed (1048576)." })).toBe(true);
    expect(isContextLengthError({ status: 500, code: null, message: anthropic })).toBe(false);
    expect(isContextLengthError({ status: 400, code: null, message: "messages: at least one message is required" })).toBe(false);
  });
});
