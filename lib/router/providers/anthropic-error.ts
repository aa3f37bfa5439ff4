import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "@anthropic-ai/sdk";
import type { ErrorContext } from "./build-provider-error";
import type { ProviderError } from "./provider-error";
import { sdkErrorToProviderError, type SdkErrorClasses } from "./sdk-error-parts";

const ANTHROPIC_SDK: SdkErrorClasses<APIError> = {
  APIUserAbortError,
  APIConnectionTimeoutError,
  APIConnectionError,
  APIError,
  describe: (error) => ({ code: error.errorCode, type: error.type, apiMessage: error.apiMessage }),
};

/** Maps anything `@anthropic-ai/sdk` (or fetch beneath it) throws to a ProviderError, by class and status. */
export function anthropicErrorToProviderError(error: unknown, context: ErrorContext): ProviderError {
  return sdkErrorToProviderError({ error, context, sdk: ANTHROPIC_SDK });
}
