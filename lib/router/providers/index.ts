// The providers layer's public surface: what the app (and lib/router/execute) imports.
export type { ChatMessage, ChatRole, ProviderAdapter, ProviderCallInput, ProviderCompletion, ProviderStreamChunk } from "./adapter";
export { ERROR_CLASSES, isRetryableClass, isHealthFailure, type ErrorClass } from "./error-class";
export { ProviderError, isProviderError, type ProviderErrorInit } from "./provider-error";
export { BASE_URL_ENV, DEFAULT_KEY_ENV, apiKeyEnvSchema, type CredentialLookup } from "./credentials";
export {
  createProviderResolver,
  providerSpecSchema,
  type ProviderResolver,
  type ProviderResolverOptions,
  type ProviderStatus,
  type ResolvedProvider,
} from "./resolver";
export { MissingCredentialError, UnknownProviderError } from "./resolver-errors";
export { createSimulatorAdapter, type SimulatorAdapter, type SimulatorAdapterSettings } from "./simulator";
export { simulatorConfigSchema, type SimulatorConfig, type SimulatorConfigInput } from "./simulator-config";
export { createOpenAIAdapter, OPENAI_DEFAULT_BASE_URL } from "./openai";
export { createAnthropicAdapter, ANTHROPIC_DEFAULT_BASE_URL } from "./anthropic";
export { createGoogleAdapter, GEMINI_OPENAI_BASE_URL } from "./google";
export { createOpenAICompatibleAdapter } from "./openai-compatible";
export { countChatTokens, countTextTokens } from "./count-tokens";
export { realSleep, type Sleep } from "./sleep";
