import { buildProviderError, type ErrorContext, type SdkErrorParts } from "./build-provider-error";
import { ProviderError } from "./provider-error";

// Both official SDKs (openai, @anthropic-ai/sdk) are generated from the same template: they throw
// the same hierarchy of error classes under the same names, each SDK its own copies. What differs
// is only where an HTTP error keeps its structured code, type and message, so each SDK's module
// passes its classes and that one reader.

type ErrorClass<Instance> = abstract new (...args: never[]) => Instance;

interface SdkHttpError extends Error {
  status?: unknown;
  headers?: { get(name: string): string | null } | null;
}

export interface SdkErrorClasses<HttpError extends SdkHttpError> {
  APIUserAbortError: ErrorClass<Error>;
  APIConnectionTimeoutError: ErrorClass<Error>;
  APIConnectionError: ErrorClass<Error>;
  APIError: ErrorClass<HttpError>;
  /** The provider's structured code, type and message of an HTTP error. */
  describe(error: HttpError): Pick<SdkErrorParts, "code" | "type" | "apiMessage">;
}

function partsOf<HttpError extends SdkHttpError>(error: unknown, sdk: SdkErrorClasses<HttpError>): SdkErrorParts {
  const none = { status: null, headers: null, code: null, type: null, apiMessage: null };
  // Order matters: the timeout and abort classes extend APIConnectionError / APIError.
  if (error instanceof sdk.APIUserAbortError) return { ...none, kind: "abort" };
  if (error instanceof sdk.APIConnectionTimeoutError) return { ...none, kind: "timeout" };
  if (error instanceof sdk.APIConnectionError) return { ...none, kind: "connection" };
  if (error instanceof sdk.APIError) {
    return {
      kind: "http",
      status: typeof error.status === "number" ? error.status : null,
      headers: error.headers ?? null,
      ...sdk.describe(error),
    };
  }
  if (error instanceof SyntaxError) return { ...none, kind: "malformed" };
  if (error instanceof Error && error.name === "AbortError") return { ...none, kind: "abort" };
  return { ...none, kind: "transport" };
}

/** Maps anything an SDK (or fetch beneath it) throws to a ProviderError, by class and status. */
export function sdkErrorToProviderError<HttpError extends SdkHttpError>({
  error,
  context,
  sdk,
}: {
  error: unknown;
  context: ErrorContext;
  sdk: SdkErrorClasses<HttpError>;
}): ProviderError {
  if (error instanceof ProviderError) return error;
  return buildProviderError(partsOf(error, sdk), context);
}
