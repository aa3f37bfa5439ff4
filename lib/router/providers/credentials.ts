import { z } from "zod";
import type { ProviderKind } from "../types";

/**
 * How the router core reads configuration it must not read itself: the app passes a lookup over
 * its validated environment (lib/env.ts). Nothing under lib/router touches process.env.
 */
export type CredentialLookup = (envVarName: string) => string | undefined;

/** The variable each built-in kind reads its key from when a ProviderSpec names none. */
export const DEFAULT_KEY_ENV: Readonly<Partial<Record<ProviderKind, string>>> = {
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  google: "GEMINI_API_KEY",
};

/** The SDKs' standard base-URL variables (GEMINI_BASE_URL is ours, for pointing tests at a local server). */
export const BASE_URL_ENV: Readonly<Partial<Record<ProviderKind, string>>> = {
  openai: "OPENAI_BASE_URL",
  anthropic: "ANTHROPIC_BASE_URL",
  google: "GEMINI_BASE_URL",
};

/**
 * Custom providers name their key's variable. Only names that look like credentials are
 * accepted: otherwise a registry edit could name DATABASE_URL and send it to any base URL.
 */
export const apiKeyEnvSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*_(API_KEY|KEY|TOKEN)$/, "must be an upper-case variable name ending in _API_KEY, _KEY or _TOKEN");

/** A value from the lookup, with blank treated as absent (an empty OPENAI_API_KEY= line is not a key). */
export function readSetting(lookup: CredentialLookup, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const value = lookup(name)?.trim();
  return value ? value : undefined;
}

/** A base URL fit for display: no user-info, query or fragment (where credentials sometimes hide). */
export function displayBaseUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
