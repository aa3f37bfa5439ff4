#!/usr/bin/env node
// `npm start`: validate the configuration, build when the build is missing or stale, migrate and
// seed the database, then serve the console. `npm run dev` does the same with Next's dev server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";
import { buildIfStale } from "./lib/build-state.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const dev = process.argv.includes("--dev");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Settings may live in .env; variables already set in the shell win, as in Next itself.
if (existsSync(".env")) process.loadEnvFile(".env");

// Project modules are TypeScript; tsx loads them (with the tsconfig's "@/" paths).
const importTypeScript = (specifier) => tsImport(specifier, import.meta.url);
const { loadEnv, ConfigError } = await importTypeScript("../lib/env.ts");

let env;
try {
  env = loadEnv();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Regenerates the Prisma clients only when a schema changed since the last generation (cheap otherwise).
const generate = spawnSync(process.execPath, [path.join(root, "scripts/prisma-generate.mjs")], { stdio: "inherit" });
if (generate.status !== 0) process.exit(generate.status ?? 1);

const buildStatus = dev ? 0 : buildIfStale(root);
if (buildStatus !== 0) {
  console.error("The build failed; see the output above.");
  process.exit(buildStatus);
}

const { prepareDatabase } = await importTypeScript("../lib/server/setup/prepare-database.ts");
try {
  const summary = await prepareDatabase(env.DATABASE_URL);
  console.log(summary);
} catch (error) {
  console.error(`The database at DATABASE_URL could not be prepared: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const url = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`;
if (env.ROUTER_API_KEY) {
  console.log(`Serving on ${url}; /v1 requests need "Authorization: Bearer <ROUTER_API_KEY>".`);
} else {
  console.log(`Serving on ${url} (localhost only: ROUTER_API_KEY is not set, so the API needs no key).`);
}

const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(env.PORT), "-H", env.HOST], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
