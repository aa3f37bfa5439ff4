import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "openai";
import { buildProviderError, type ErrorContext, type SdkErrorParts } from "./build-provider-error";
import { ProviderError } from "./provider-error";

function stringField(source: unknown, field: string): string | null {
  if (typeof source !== "object" || source === null) return null;
  const value = (source as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
}

function partsOf(error: unknown): SdkErrorParts {
  const none = { status: null, headers: null, code: null, type: null, apiMessage: null };
  // Order matters: the timeout and abort classes extend APIConnectionError / APIError.
  if (error instanceof APIUserAbortError) return { ...none, kind: "abort" };
  if (error instanceof APIConnectionTimeoutError) return { ...none, kind: "timeout" };
  if (error instanceof APIConnectionError) return { ...none, kind: "connection" };
  if (error instanceof APIError) {
    return {
      kind: "http",
      status: typeof error.status === "number" ? error.status : null,
      headers: error.headers ?? null,
      code: typeof error.code === "string" ? error.code : null,
      type: typeof error.type === "string" ? error.type : null,
      apiMessage: stringField(error.error, "message"),
    };
  }
  if (error instanceof SyntaxError) return { ...none, kind: "malformed" };
  if (error instanceof Error && error.name === "AbortError") return { ...none, kind: "abort" };
  return { ...none, kind: "transport" };
}

/** Maps anything the `openai` SDK (or fetch beneath it) throws to a ProviderError, by class and status. */
export function openAIErrorToProviderError(error: unknown, context: ErrorContext): ProviderError {
  if (error instanceof ProviderError) return error;
  return buildProviderError(partsOf(error), context);
}
