// The two servers the browser tests run against (both started by playwright.config.ts from the same
// production build): the default keyless console, and one with ROUTER_API_KEY set for sign-in.
export const CONSOLE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SIGN_IN_PORT = Number(process.env.E2E_AUTH_PORT ?? CONSOLE_PORT + 1);
export const SIGN_IN_URL = `http://127.0.0.1:${SIGN_IN_PORT}`;
/** Only for the test server started with it; 16+ characters as the configuration requires. */
export const SIGN_IN_API_KEY = "e2e-console-key-not-a-secret-0123";
/** A local server speaking OpenAI's wire format (tests/fakes): the sign-in server's "real" OpenAI provider. */
export const FAKE_OPENAI_PORT = Number(process.env.E2E_FAKE_OPENAI_PORT ?? CONSOLE_PORT + 99);
export const FAKE_OPENAI_BASE_URL = `http://127.0.0.1:${FAKE_OPENAI_PORT}/v1`;
/** Not a real key: only the fake server above ever sees it. */
export const FAKE_OPENAI_API_KEY = "sk-e2e-fake-openai-key";
