// One vocabulary for every failure of a provider call, whatever SDK or server produced it.
// Retry decisions read the class (derived from the HTTP status and structured error codes),
// never the provider's message text, whose wording changes without notice.

export const ERROR_CLASSES = [
  "rate_limited",
  "quota_exceeded",
  "timeout",
  "connection",
  "server_error",
  "conflict",
  "bad_request",
  "authentication",
  "permission",
  "not_found",
  "context_length",
  "malformed_response",
  "stream_interrupted",
  "circuit_open",
  "not_configured",
  "aborted",
  // Not the provider's: the request's budget reservation could not cover this model (a skipped fallback).
  "budget_exceeded",
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

// Transient by nature: the same request may well succeed a moment later. `quota_exceeded`
// (OpenAI's 429 `insufficient_quota`, Anthropic's billing error) is not: it lasts until someone pays.
const RETRYABLE: ReadonlySet<ErrorClass> = new Set([
  "rate_limited",
  "timeout",
  "connection",
  "server_error",
  "conflict",
  "stream_interrupted",
]);

export function isRetryableClass(errorClass: ErrorClass): boolean {
  return RETRYABLE.has(errorClass);
}

// Failures that say the model's service is unhealthy (as opposed to a bad request or a
// configuration problem). Only these count against a model's circuit breaker.
const HEALTH_FAILURES: ReadonlySet<ErrorClass> = new Set([
  "rate_limited",
  "timeout",
  "connection",
  "server_error",
  "malformed_response",
  "stream_interrupted",
]);

export function isHealthFailure(errorClass: ErrorClass): boolean {
  return HEALTH_FAILURES.has(errorClass);
}

/** The class an HTTP error status implies before any provider-specific refinement. */
export function classForStatus(status: number): ErrorClass {
  if (status === 401) return "authentication";
  if (status === 402) return "quota_exceeded";
  if (status === 403) return "permission";
  if (status === 404) return "not_found";
  if (status === 408) return "timeout";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  if (status >= 400) return "bad_request";
  return "malformed_response";
}
