import { NextResponse } from "next/server";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { AppError, toErrorResponse } from "@/lib/errors";
import {
  CONSOLE_SESSION_COOKIE,
  apiKeyMatches,
  createSessionToken,
  isSameOriginRequest,
  sessionCookieAttributes,
} from "@/lib/server/auth/console-session";

// Console sign-in (POST: check the key, set the session cookie) and sign-out (DELETE). Only the
// console's own pages may call it (Origin check); the key is compared in constant time and never
// stored, logged or echoed.

const signInSchema = z.object({ key: z.string().min(1, "Enter the API key").max(1_000) }).strict();

function errorResponse(error: unknown): NextResponse {
  const { status, body } = toErrorResponse(error);
  return NextResponse.json(body, { status });
}

function requireSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) throw new AppError("authentication_error", "Sign in from the console's own page.");
}

export async function POST(request: Request): Promise<NextResponse> {
  try {
    requireSameOrigin(request);
    const apiKey = getEnv().ROUTER_API_KEY;
    if (!apiKey) throw new AppError("not_found", "Sign-in is off: ROUTER_API_KEY is not set, so the console needs no key.");
    let json: unknown;
    try {
      json = await request.json();
    } catch {
      throw new AppError("invalid_request", "The body must be JSON: { \"key\": \"...\" }.");
    }
    const parsed = signInSchema.safeParse(json);
    if (!parsed.success) throw new AppError("validation_error", parsed.error.issues[0]?.message ?? "Invalid body", "key");
    if (!apiKeyMatches(parsed.data.key, apiKey)) throw new AppError("authentication_error", "That is not this server's API key.", "key");
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(CONSOLE_SESSION_COOKIE, createSessionToken({ apiKey, now: Date.now() }), sessionCookieAttributes(request));
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request): Promise<NextResponse> {
  try {
    requireSameOrigin(request);
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(CONSOLE_SESSION_COOKIE, "", { ...sessionCookieAttributes(request), maxAge: 0 });
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
