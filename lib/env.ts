import { z } from "zod";

// The only module that reads process.env. Every variable is parsed and validated here once; a wrong
// value stops the start with a message that names the variable. Secrets (API keys) are kept in the
// returned object only so the server can hand them to provider SDKs; they are never logged,
// stored in the database or sent to the browser.

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
    error: "must be true or false",
  })
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

const optionalSecret = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.url({ error: "must be a URL such as http://localhost:11434/v1" }).optional())
  .optional();

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => /^(file:.+|postgres(ql)?:\/\/.+)$/.test(value), {
    error: "must be file:./path.db, file:/absolute/path.db or postgresql://user@host:port/database",
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce
      .number({ error: "must be a port number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 65535" })
      .max(65_535, { error: "must be between 1 and 65535" })
      .default(3000),
    HOST: z.string().trim().min(1).optional(),
    DATABASE_URL: databaseUrl.default("file:./data/router.db"),
    ROUTER_API_KEY: z
      .string()
      .trim()
      .transform((value) => (value === "" ? undefined : value))
      .pipe(z.string().min(16, { error: "must be at least 16 characters" }).optional())
      .optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    OPENAI_API_KEY: optionalSecret,
    OPENAI_BASE_URL: optionalUrl,
    ANTHROPIC_API_KEY: optionalSecret,
    ANTHROPIC_BASE_URL: optionalUrl,
    GEMINI_API_KEY: optionalSecret,
    GEMINI_BASE_URL: optionalUrl,
    SIMULATE_WITHOUT_KEYS: booleanFlag.default(true),
    STORE_PROMPTS: booleanFlag.default(true),
    MAX_BODY_BYTES: z.coerce
      .number({ error: "must be a number of bytes" })
      .int({ error: "must be a whole number of bytes" })
      .min(1_024, { error: "must be at least 1024" })
      .default(1_048_576),
    SIMULATOR_LATENCY_SCALE: z.coerce
      .number({ error: "must be a number" })
      .min(0, { error: "must be between 0 and 100" })
      .max(100, { error: "must be between 0 and 100" })
      .default(1),
    SIMULATOR_SEED: z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).default(1),
    SIMULATOR_ERROR_RATE: z.coerce
      .number({ error: "must be a number" })
      .min(0, { error: "must be between 0 and 1" })
      .max(1, { error: "must be between 0 and 1" })
      .default(0),
    LEARNED_ROUTER_ARTIFACT: z
      .string()
      .trim()
      .transform((value) => (value === "" ? undefined : value))
      .optional(),
  })
  .superRefine((env, context) => {
    const host = env.HOST ?? (env.ROUTER_API_KEY ? "0.0.0.0" : "127.0.0.1");
    if (!env.ROUTER_API_KEY && !LOOPBACK_HOSTS.has(host)) {
      context.addIssue({
        code: "custom",
        path: ["HOST"],
        message: `is ${host}, which would expose the API without authentication; set ROUTER_API_KEY or use 127.0.0.1`,
      });
    }
  })
  .transform((env) => ({
    ...env,
    HOST: env.HOST ?? (env.ROUTER_API_KEY ? "0.0.0.0" : "127.0.0.1"),
  }));

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment (process.env by default). Throws ConfigError naming each bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "environment";
    const value = source[variable];
    // Keys are never echoed, and a URL is shown without its credentials.
    const safeValue = value?.replace(/\/\/[^@/]*@/, "//***@");
    const shown = safeValue === undefined || /_KEY$/.test(variable) ? "" : ` (got "${safeValue}")`;
    return `${variable}${shown}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

let cached: Env | undefined;

/** The validated environment of this process, parsed once. */
export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}

/** Whether a request must carry a bearer key (ROUTER_API_KEY set). */
export function isAuthRequired(env: Env): boolean {
  return env.ROUTER_API_KEY !== undefined;
}

// Names a provider's key may be read from: the registry names them, so only names that look like
// credentials are honoured (never DATABASE_URL or ROUTER_API_KEY). Same rule as the core's apiKeyEnvSchema.
const CUSTOM_KEY_NAME = /^[A-Z][A-Z0-9_]*_(API_KEY|KEY|TOKEN)$/;
const RESERVED_NAMES = new Set(["ROUTER_API_KEY"]);

/**
 * The lookup the provider layer reads keys and base URLs through: the validated variables above,
 * plus the key variable a custom provider names (read from `source`, process.env by default).
 */
export function providerCredentials(env: Env, source: Record<string, string | undefined> = process.env): (name: string) => string | undefined {
  const known: Record<string, string | undefined> = {
    OPENAI_API_KEY: env.OPENAI_API_KEY,
    OPENAI_BASE_URL: env.OPENAI_BASE_URL,
    ANTHROPIC_API_KEY: env.ANTHROPIC_API_KEY,
    ANTHROPIC_BASE_URL: env.ANTHROPIC_BASE_URL,
    GEMINI_API_KEY: env.GEMINI_API_KEY,
    GEMINI_BASE_URL: env.GEMINI_BASE_URL,
  };
  return (name) => {
    if (name in known) return known[name];
    if (RESERVED_NAMES.has(name) || !CUSTOM_KEY_NAME.test(name)) return undefined;
    const value = source[name]?.trim();
    return value ? value : undefined;
  };
}
