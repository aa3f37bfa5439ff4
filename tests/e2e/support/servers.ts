// The two servers the browser tests run against (both started by playwright.config.ts from the same
// production build): the default keyless console, and one with ROUTER_API_KEY set for sign-in.
export const CONSOLE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SIGN_IN_PORT = Number(process.env.E2E_AUTH_PORT ?? CONSOLE_PORT + 1);
export const SIGN_IN_URL = `http://127.0.0.1:${SIGN_IN_PORT}`;
/** Only for the test server started with it; 16+ characters as the configuration requires. */
export const SIGN_IN_API_KEY = "e2e-console-key-not-a-secret-0123";
