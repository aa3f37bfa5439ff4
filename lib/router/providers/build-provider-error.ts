import type { Clock } from "../types";
import { classForStatus, type ErrorClass } from "./error-class";
import { isContextLengthError } from "./context-length";
import { ProviderError } from "./provider-error";
import { redactSecrets } from "./redact-secrets";
import { parseRetryAfterMs } from "./retry-after";

/** What an SDK error says, extracted by the SDK-specific modules (openai-error.ts, anthropic-error.ts). */
export interface SdkErrorParts {
  kind: "http" | "connection" | "timeout" | "abort" | "malformed" | "transport";
  status: number | null;
  headers: { get(name: string): string | null } | null;
  /** Structured code (OpenAI `code`, Anthropic `details.error_code`). */
  code: string | null;
  /** Structured type (OpenAI `type`, Anthropic `error.type`). */
  type: string | null;
  /** The provider's own message, unsanitised. */
  apiMessage: string | null;
}

export interface ErrorContext {
  providerId: string;
  /** Values to scrub from messages (the provider's key). */
  secrets: readonly string[];
  now: Clock;
  /** A transport failure while reading a stream body means the stream broke, not the connection. */
  phase: "request" | "stream";
}

// Error types that arrive without an HTTP status (inside an SSE stream), by their structured name.
const CLASS_BY_TYPE: Readonly<Record<string, ErrorClass>> = {
  rate_limit_error: "rate_limited",
  rate_limit_exceeded: "rate_limited",
  insufficient_quota: "quota_exceeded",
  billing_error: "quota_exceeded",
  overloaded_error: "server_error",
  api_error: "server_error",
  server_error: "server_error",
  timeout_error: "timeout",
  invalid_request_error: "bad_request",
  authentication_error: "authentication",
  permission_error: "permission",
  not_found_error: "not_found",
};

function classify(parts: SdkErrorParts, phase: ErrorContext["phase"]): ErrorClass {
  switch (parts.kind) {
    case "connection":
    case "transport":
      return phase === "stream" ? "stream_interrupted" : "connection";
    case "timeout":
      return "timeout";
    case "abort":
      return "aborted";
    case "malformed":
      return "malformed_response";
    case "http":
      break;
  }
  if (isContextLengthError({ status: parts.status, code: parts.code, message: parts.apiMessage })) return "context_length";
  if (parts.code === "insufficient_quota" || parts.type === "insufficient_quota") return "quota_exceeded";
  if (parts.status !== null) return classForStatus(parts.status);
  return (parts.type !== null ? CLASS_BY_TYPE[parts.type] : undefined) ?? "server_error";
}

// Our own words for failures that come without a provider message.
const KIND_WORDING: Readonly<Record<SdkErrorParts["kind"], string | null>> = {
  http: null,
  connection: "could not connect, or the connection was reset",
  transport: "the connection broke off",
  timeout: "the SDK reported a timeout",
  abort: "the request was aborted",
  malformed: "the response body was not valid JSON",
};

export function buildProviderError(parts: SdkErrorParts, context: ErrorContext): ProviderError {
  const errorClass = classify(parts, context.phase);
  const statusText = parts.status !== null ? ` (HTTP ${parts.status})` : "";
  const wording = parts.apiMessage ? redactSecrets(parts.apiMessage, context.secrets) : KIND_WORDING[parts.kind];
  const detail = wording ? `: ${wording}` : "";
  return new ProviderError({
    errorClass,
    message: `${context.providerId} ${errorClass}${statusText}${detail}`,
    providerId: context.providerId,
    status: parts.status,
    providerCode: parts.code ?? parts.type,
    retryAfterMs: parseRetryAfterMs(parts.headers, context.now),
    retryVetoed: parts.headers?.get("x-should-retry") === "false",
  });
}
