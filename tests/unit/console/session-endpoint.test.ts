import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The sign-in endpoint and proxy.ts read ROUTER_API_KEY through lib/env (parsed once per module
// load), so each test loads fresh modules under the environment it sets.
const apiKey = "router-test-key-0123456789";
const origin = "http://127.0.0.1:3100";

async function loadWithKey(key: string | undefined) {
  vi.resetModules();
  vi.stubEnv("ROUTER_API_KEY", key ?? "");
  vi.stubEnv("HOST", "127.0.0.1");
  return {
    session: await import("@/app/api/session/route"),
    proxy: (await import("@/proxy")).proxy,
    auth: await import("@/lib/server/auth/console-session"),
  };
}

function signIn(key: unknown, headers: Record<string, string> = { origin }) {
  return new Request(`${origin}/api/session`, { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1:3100", ...headers }, body: JSON.stringify({ key }) });
}

beforeEach(() => vi.unstubAllEnvs());
afterEach(() => vi.unstubAllEnvs());

describe("POST /api/session", () => {
  it("sets an httpOnly, SameSite=Strict session cookie for the right key, without the key in it", async () => {
    const { session, auth } = await loadWithKey(apiKey);
    const response = await session.POST(signIn(apiKey));
    expect(response.status).toBe(204);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(new RegExp(`^${auth.CONSOLE_SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=strict/i);
    expect(setCookie).not.toContain(apiKey);
    const token = auth.readCookie(setCookie.split(";")[0] ?? "", auth.CONSOLE_SESSION_COOKIE) ?? "";
    expect(auth.verifySessionToken({ token, apiKey, now: Date.now() })).toBe(true);
  });

  it("refuses a wrong key (401), a cross-site form (401), and a missing key (422), setting no cookie", async () => {
    const { session } = await loadWithKey(apiKey);
    const wrong = await session.POST(signIn("not-the-key"));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { type: "authentication_error", param: "key" } });
    const crossSite = await session.POST(signIn(apiKey, { origin: "https://evil.example" }));
    expect(crossSite.status).toBe(401);
    const missing = await session.POST(signIn(""));
    expect(missing.status).toBe(422);
    for (const response of [wrong, crossSite, missing]) expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("answers 404 when sign-in is off (no ROUTER_API_KEY)", async () => {
    const { session } = await loadWithKey(undefined);
    expect((await session.POST(signIn("anything"))).status).toBe(404);
  });

  it("DELETE clears the cookie", async () => {
    const { session } = await loadWithKey(apiKey);
    const response = await session.DELETE(new Request(`${origin}/api/session`, { method: "DELETE", headers: { origin, host: "127.0.0.1:3100" } }));
    expect(response.status).toBe(204);
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/i);
  });
});

describe("proxy", () => {
  it("sends visitors without a session to /login, keeping where they were going", async () => {
    const { proxy } = await loadWithKey(apiKey);
    const response = proxy(new NextRequest(`${origin}/spend?x=1`));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("next")).toBe("/spend?x=1");
  });

  it("lets signed-in visitors through, and everyone through when no key is set", async () => {
    const { proxy, auth } = await loadWithKey(apiKey);
    const cookie = `${auth.CONSOLE_SESSION_COOKIE}=${auth.createSessionToken({ apiKey, now: Date.now() })}`;
    expect(proxy(new NextRequest(`${origin}/registry`, { headers: { cookie } })).headers.get("x-middleware-next")).toBe("1");
    const open = await loadWithKey(undefined);
    expect(open.proxy(new NextRequest(`${origin}/registry`)).headers.get("x-middleware-next")).toBe("1");
  });
});
