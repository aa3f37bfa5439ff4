import { createHash, timingSafeEqual } from "node:crypto";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifyConsoleSession } from "@/lib/server/auth/console-session";
import type { Caller } from "@/lib/server/routing/route-input";

// Who is calling. With ROUTER_API_KEY set, every /v1 request carries `Authorization: Bearer <key>`
// (compared in constant time: both sides are hashed to equal length first) or the console's
// signed session cookie. The request log and audit log store a label with a fingerprint of the
// key (the first 8 hex digits of its SHA-256), never the key.

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

export function keyFingerprint(apiKey: string): string {
  return digest(apiKey).toString("hex").slice(0, 8);
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1]?.trim();
}

export function authenticate(request: Request, env: Env): Caller {
  const apiKey = env.ROUTER_API_KEY;
  if (!apiKey) return { apiKeyLabel: "local (no ROUTER_API_KEY)" };
  const token = bearerToken(request);
  if (token !== undefined && timingSafeEqual(digest(token), digest(apiKey))) return { apiKeyLabel: `api key ${keyFingerprint(apiKey)}` };
  if (token === undefined && verifyConsoleSession(request, { apiKey })) return { apiKeyLabel: `console session (key ${keyFingerprint(apiKey)})` };
  throw new AppError(
    "authentication_error",
    token === undefined ? "This API needs Authorization: Bearer <ROUTER_API_KEY>" : "The bearer key is not this server's API key",
  ).withHeaders({ "www-authenticate": 'Bearer realm="router"' });
}
