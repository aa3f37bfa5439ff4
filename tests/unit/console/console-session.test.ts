import { describe, expect, it } from "vitest";
import {
  apiKeyMatches,
  CONSOLE_SESSION_COOKIE,
  CONSOLE_SESSION_LIFETIME_MS,
  createSessionToken,
  isSameOriginRequest,
  readCookie,
  sessionCookieAttributes,
  verifyConsoleSession,
  verifySessionToken,
} from "@/lib/server/auth/console-session";

const apiKey = "router-test-key-0123456789";
const now = Date.UTC(2026, 10, 25, 12);

function consoleRequest(options: { method?: string; cookie?: string; origin?: string; host?: string; url?: string } = {}): Request {
  const headers = new Headers({ host: options.host ?? "console.example" });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.origin) headers.set("origin", options.origin);
  return new Request(options.url ?? "http://console.example/v1/models", { method: options.method ?? "GET", headers });
}

describe("session tokens", () => {
  it("verifies a token it signed until it expires, and never contains the key", () => {
    const token = createSessionToken({ apiKey, now });
    expect(token).not.toContain(apiKey);
    expect(verifySessionToken({ token, apiKey, now: now + CONSOLE_SESSION_LIFETIME_MS - 1 })).toBe(true);
    expect(verifySessionToken({ token, apiKey, now: now + CONSOLE_SESSION_LIFETIME_MS })).toBe(false);
  });

  it("rejects tokens signed with another key, tampered with, or malformed", () => {
    const token = createSessionToken({ apiKey, now });
    expect(verifySessionToken({ token, apiKey: `${apiKey}-rotated`, now })).toBe(false);
    const [version, , nonce, signature] = token.split(".");
    const extended = `${version}.${(now + 10 * CONSOLE_SESSION_LIFETIME_MS).toString(36)}.${nonce}.${signature}`;
    expect(verifySessionToken({ token: extended, apiKey, now })).toBe(false);
    for (const malformed of ["", "v1", "v2.a.b.c", `${token}.extra`]) expect(verifySessionToken({ token: malformed, apiKey, now })).toBe(false);
  });

  it("compares keys exactly", () => {
    expect(apiKeyMatches(apiKey, apiKey)).toBe(true);
    expect(apiKeyMatches(`${apiKey} `, apiKey)).toBe(false);
    expect(apiKeyMatches("", apiKey)).toBe(false);
  });
});

describe("verifyConsoleSession", () => {
  const cookie = `other=1; ${CONSOLE_SESSION_COOKIE}=${createSessionToken({ apiKey, now })}`;

  it("accepts a valid cookie on reads", () => {
    expect(verifyConsoleSession(consoleRequest({ cookie }), { apiKey, now })).toBe(true);
    expect(verifyConsoleSession(consoleRequest(), { apiKey, now })).toBe(false);
  });

  it("requires the site's own Origin on state-changing requests", () => {
    expect(verifyConsoleSession(consoleRequest({ method: "POST", cookie, origin: "http://console.example" }), { apiKey, now })).toBe(true);
    expect(verifyConsoleSession(consoleRequest({ method: "DELETE", cookie, origin: "https://evil.example" }), { apiKey, now })).toBe(false);
    expect(verifyConsoleSession(consoleRequest({ method: "PATCH", cookie }), { apiKey, now })).toBe(false);
  });

  it("is false when no key is configured", () => {
    expect(verifyConsoleSession(consoleRequest({ cookie }), { apiKey: "", now })).toBe(false);
  });
});

describe("cookie helpers", () => {
  it("reads one cookie by exact name", () => {
    expect(readCookie("a=1; router_console_session_x=2; router_console_session=3", CONSOLE_SESSION_COOKIE)).toBe("3");
    expect(readCookie(null, CONSOLE_SESSION_COOKIE)).toBeUndefined();
  });

  it("sets httpOnly, SameSite=Strict, and Secure only over https", () => {
    expect(sessionCookieAttributes(consoleRequest())).toMatchObject({ httpOnly: true, sameSite: "strict", secure: false, path: "/" });
    expect(sessionCookieAttributes(consoleRequest({ url: "https://console.example/api/session" })).secure).toBe(true);
    const proxied = new Request("http://internal:3000/api/session", { headers: { "x-forwarded-proto": "https" } });
    expect(sessionCookieAttributes(proxied).secure).toBe(true);
  });

  it("treats a missing or null Origin as cross-site", () => {
    expect(isSameOriginRequest(consoleRequest({ method: "POST" }))).toBe(false);
    expect(isSameOriginRequest(consoleRequest({ method: "POST", origin: "null" }))).toBe(false);
  });
});
