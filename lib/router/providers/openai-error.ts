import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { ErrorContext } from "./build-provider-error";
import type { ProviderError } from "./provider-error";
import { sdkErrorToProviderError, type SdkErrorClasses } from "./sdk-error-parts";

function stringField(source: unknown, field: string): string | null {
  if (typeof source !== "object" || source === null) return null;
  const value = (source as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
}

const OPENAI_SDK: SdkErrorClasses<APIError> = {
  APIUserAbortError,
  APIConnectionTimeoutError,
  APIConnectionError,
  APIError,
  describe: (error) => ({
    code: typeof error.code === "string" ? error.code : null,
    type: typeof error.type === "string" ? error.type : null,
    apiMessage: stringField(error.error, "message"),
  }),
};

/** Maps anything the `openai` SDK (or fetch beneath it) throws to a ProviderError, by class and status. */
export function openAIErrorToProviderError(error: unknown, context: ErrorContext): ProviderError {
  return sdkErrorToProviderError({ error, context, sdk: OPENAI_SDK });
}
