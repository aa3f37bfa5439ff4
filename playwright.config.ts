import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import {
  CONSOLE_PORT,
  FAKE_OPENAI_API_KEY,
  FAKE_OPENAI_BASE_URL,
  FAKE_OPENAI_PORT,
  SIGN_IN_API_KEY,
  SIGN_IN_PORT,
} from "./tests/e2e/support/servers";

// Browser tests run against a production build (scripts/start.mjs builds when stale) with a fresh
// database. The browser is Debian's Chromium by default (offline machines cannot download
// Playwright's); CHROMIUM_PATH overrides it, and an empty CHROMIUM_PATH uses Playwright's own.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
const port = CONSOLE_PORT;
const databaseFile = path.join(tmpdir(), `router-e2e-${process.pid}-${Date.now()}.db`);
const signInDatabaseFile = path.join(tmpdir(), `router-e2e-sign-in-${process.pid}-${Date.now()}.db`);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: "node scripts/start.mjs",
      url: `http://127.0.0.1:${port}/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${databaseFile}`,
        ROUTER_API_KEY: "",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    // A local server speaking OpenAI's wire format, standing in for api.openai.com.
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/fakes/openai-wire-server.ts --port ${FAKE_OPENAI_PORT} --api-key ${FAKE_OPENAI_API_KEY}`,
      url: `http://127.0.0.1:${FAKE_OPENAI_PORT}/__fake/requests`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    // The same build with ROUTER_API_KEY set, for the console sign-in tests (tests/e2e/sign-in.spec.ts),
    // and with an OpenAI key and base URL pointing at the fake server above, so its OpenAI models give
    // real (non-simulated) answers over the official SDK (tests/e2e/real-provider.spec.ts).
    // Playwright starts web servers one after another, so this one finds the build already current.
    {
      command: "node scripts/start.mjs",
      url: `http://127.0.0.1:${SIGN_IN_PORT}/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(SIGN_IN_PORT),
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${signInDatabaseFile}`,
        ROUTER_API_KEY: SIGN_IN_API_KEY,
        OPENAI_API_KEY: FAKE_OPENAI_API_KEY,
        OPENAI_BASE_URL: FAKE_OPENAI_BASE_URL,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
