import { z } from "zod";
import { PROVIDER_KINDS } from "@/lib/router/types";

// GET /v1/providers (and POST for custom OpenAI-compatible servers). Key status only: a key itself
// never leaves the server.

export const providerStatusSchema = z
  .object({
    id: z.string(),
    kind: z.enum(PROVIDER_KINDS),
    base_url: z.string().nullable().describe("Without any credentials it may contain."),
    api_key_env: z.string().nullable().describe("Name of the environment variable that holds the key."),
    mode: z.enum(["live", "simulated", "unavailable"]),
    reason: z.string().nullable().describe('Why, when not live, e.g. "no OPENAI_API_KEY".'),
  })
  .meta({ id: "ProviderStatus" });
export type ProviderStatusView = z.infer<typeof providerStatusSchema>;

export const providerListResponseSchema = z
  .object({ providers: z.array(providerStatusSchema) })
  .meta({ id: "ProviderList" });

export const providerCreateSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9][a-z0-9_-]*$/, "may contain lowercase letters, digits, _ and - only"),
    kind: z.literal("openai_compatible"),
    base_url: z.url("must be a URL such as http://localhost:11434/v1"),
    api_key_env: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*(_API_KEY|_KEY|_TOKEN)$/, "must be an environment variable name ending in _API_KEY, _KEY or _TOKEN")
      .nullable()
      .default(null),
  })
  .strict()
  .meta({ id: "ProviderCreate" });
export type ProviderCreate = z.infer<typeof providerCreateSchema>;
