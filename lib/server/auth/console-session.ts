import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

// The console's sign-in when ROUTER_API_KEY is set. The browser never holds the key: after the
// user types it once, the server sets an httpOnly cookie holding a signed session token
// ("v1.<expires>.<nonce>.<signature>"), the HMAC-SHA256 of the rest under a key derived from
// ROUTER_API_KEY. Changing ROUTER_API_KEY therefore ends every session. The token carries no
// secret: it proves only that whoever set it knew the key before it expired.

export const CONSOLE_SESSION_COOKIE = "router_console_session";
export const CONSOLE_SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
const TOKEN_VERSION = "v1";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function signingKey(apiKey: string): Buffer {
  // A key derived for this one purpose, so a signature is useless as anything else.
  return createHmac("sha256", apiKey).update("router-console-session/v1").digest();
}

function sign(payload: string, apiKey: string): string {
  return createHmac("sha256", signingKey(apiKey)).update(payload).digest("base64url");
}

function constantTimeEqual(left: string, right: string): boolean {
  // Hashing first gives equal lengths, so neither the content nor the length leaks through timing.
  const leftDigest = createHash("sha256").update(left).digest();
  const rightDigest = createHash("sha256").update(right).digest();
  return timingSafeEqual(leftDigest, rightDigest);
}

/** Whether a typed key is ROUTER_API_KEY, compared in constant time. */
export function apiKeyMatches(candidate: string, apiKey: string): boolean {
  return constantTimeEqual(candidate, apiKey);
}

export function createSessionToken(options: { apiKey: string; now: number; nonce?: string }): string {
  const expiresAt = (options.now + CONSOLE_SESSION_LIFETIME_MS).toString(36);
  const nonce = options.nonce ?? randomBytes(16).toString("base64url");
  const payload = `${TOKEN_VERSION}.${expiresAt}.${nonce}`;
  return `${payload}.${sign(payload, options.apiKey)}`;
}

export function verifySessionToken(options: { token: string; apiKey: string; now: number }): boolean {
  const parts = options.token.split(".");
  if (parts.length !== 4 || parts[0] !== TOKEN_VERSION) return false;
  const [version, expiresText, nonce, signature] = parts as [string, string, string, string];
  const payload = `${version}.${expiresText}.${nonce}`;
  if (!constantTimeEqual(signature, sign(payload, options.apiKey))) return false;
  const expiresAt = Number.parseInt(expiresText, 36);
  return Number.isFinite(expiresAt) && options.now < expiresAt;
}

/** Whether a session cookie's value is valid now, under the configured ROUTER_API_KEY (for server components). */
export function isValidSessionCookie(token: string | undefined): boolean {
  const apiKey = getEnv().ROUTER_API_KEY;
  return apiKey !== undefined && token !== undefined && verifySessionToken({ token, apiKey, now: Date.now() });
}

/** The value of one cookie in a Cookie header. */
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator !== -1 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/**
 * Whether a state-changing request comes from a page of this same site: its Origin header must
 * name the host the request was sent to. Browsers send Origin on every cross-site POST, PUT,
 * PATCH and DELETE, so a missing or foreign Origin is refused.
 */
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export interface VerifyOptions {
  /** Defaults to ROUTER_API_KEY from the validated environment. */
  apiKey?: string;
  /** Defaults to Date.now(). */
  now?: number;
}

/**
 * Whether the request carries a valid console session: for the API's auth wrapper, which accepts it
 * in place of `Authorization: Bearer <key>`, and for proxy.ts. State-changing methods must also come
 * from this site's own pages (Origin check), so another site cannot ride on the cookie. False when
 * no ROUTER_API_KEY is configured (there is then nothing to sign in to).
 */
export function verifyConsoleSession(request: Request, options: VerifyOptions = {}): boolean {
  const apiKey = options.apiKey ?? getEnv().ROUTER_API_KEY;
  if (!apiKey) return false;
  const token = readCookie(request.headers.get("cookie"), CONSOLE_SESSION_COOKIE);
  if (!token || !verifySessionToken({ token, apiKey, now: options.now ?? Date.now() })) return false;
  return SAFE_METHODS.has(request.method.toUpperCase()) || isSameOriginRequest(request);
}

/** Cookie attributes: httpOnly, SameSite=Strict, Secure when the console is served over https. */
export function sessionCookieAttributes(request: Request) {
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const secure = (forwardedProto ?? new URL(request.url).protocol.replace(":", "")) === "https";
  return { httpOnly: true, sameSite: "strict" as const, secure, path: "/", maxAge: CONSOLE_SESSION_LIFETIME_MS / 1000 };
}
