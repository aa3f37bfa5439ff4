import { ProviderError } from "../providers/provider-error";
import type { AbortCause, AttemptScope } from "./abort-scope";

const TIMEOUT_WORDING: Readonly<Record<Exclude<AbortCause, "caller">, string>> = {
  attempt_timeout: "no complete response within the attempt timeout",
  first_token_timeout: "no first token within the first-token timeout",
  idle_timeout: "the stream stalled longer than the idle timeout",
  overall_timeout: "the request's overall timeout expired",
};

/**
 * The error an attempt ended with. If our own scope aborted it, the scope's recorded cause wins:
 * whatever shape the SDK gave the abort (or a stream that just ended), it was our timeout or the
 * caller's cancellation.
 */
export function attemptError(error: unknown, scope: AttemptScope, providerId: string): ProviderError {
  const cause = scope.abortCause();
  if (cause === "caller") {
    return new ProviderError({ errorClass: "aborted", providerId, message: `${providerId} aborted: the caller cancelled the request` });
  }
  if (cause !== null) {
    return new ProviderError({ errorClass: "timeout", providerId, providerCode: cause, message: `${providerId} timeout: ${TIMEOUT_WORDING[cause]}` });
  }
  if (error instanceof ProviderError) return error;
  // Adapters throw only ProviderError; anything else is a defect, reported without its text.
  const kind = error instanceof Error ? error.name : typeof error;
  return new ProviderError({ errorClass: "server_error", providerId, message: `${providerId} server_error: unexpected ${kind} in the adapter` });
}
