import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { verifyConsoleSession } from "@/lib/server/auth/console-session";

// When ROUTER_API_KEY is set, console pages need a signed-in session: visitors without one are
// sent to /login (and back afterwards). This is the convenience layer; the data itself is guarded
// by the API, which checks the same session (or a bearer key) on every /v1 call.
export function proxy(request: NextRequest) {
  if (!getEnv().ROUTER_API_KEY || verifyConsoleSession(request)) return NextResponse.next();
  const login = new URL("/login", request.url);
  const requested = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (requested !== "/") login.searchParams.set("next", requested);
  return NextResponse.redirect(login);
}

export const config = {
  // Console pages only: not the API (it answers 401 itself), the sign-in page and endpoint, the
  // health and Prometheus endpoints, or static files.
  matcher: ["/((?!v1/|v1$|api/|login|health|metrics|_next/|fonts/|favicon\\.ico|.*\\.(?:png|svg|ico|woff2?|txt)$).*)"],
};
