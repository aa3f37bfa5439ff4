#!/usr/bin/env node
// Generates the two Prisma clients (lib/server/db/generated/{sqlite,postgresql}); run by `npm install`
// (postinstall) and `npm run db:generate`. Skips a client whose schema and Prisma version have not
// changed since it was generated (`--force` regenerates anyway).
//
// Why the environment variable: every Prisma 7 CLI command, `generate` included, first tries to
// download the native schema engine, which offline machines cannot reach; `generate` never runs the
// engine, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets it work everywhere. A
// value the user already set (a real engine) is kept.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROVIDERS = ["sqlite", "postgresql"];
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const force = process.argv.includes("--force");

function resolvePrismaCli() {
  try {
    return require.resolve("prisma/build/index.js");
  } catch {
    console.error(
      "prisma-generate: the `prisma` package is not installed. It is a devDependency: install with `npm install` " +
        "(not --omit=dev), then run `node scripts/prisma-generate.mjs`.",
    );
    process.exit(1);
  }
}

function fingerprint(schemaPath) {
  const versions = ["prisma/package.json", "@prisma/client/package.json"].map(
    (manifest) => JSON.parse(readFileSync(require.resolve(manifest), "utf8")).version,
  );
  return createHash("sha256").update(readFileSync(schemaPath)).update(versions.join(",")).digest("hex");
}

const cli = resolvePrismaCli();
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};

for (const provider of PROVIDERS) {
  const schemaPath = path.join(projectRoot, "prisma", provider, "schema.prisma");
  const outputDirectory = path.join(projectRoot, "lib", "server", "db", "generated", provider);
  const stampPath = path.join(outputDirectory, ".schema-fingerprint");
  const expected = fingerprint(schemaPath);
  if (!force && existsSync(stampPath) && readFileSync(stampPath, "utf8") === expected) {
    console.log(`prisma-generate: ${provider} client is up to date`);
    continue;
  }
  const result = spawnSync(process.execPath, [cli, "generate", "--schema", schemaPath], {
    cwd: projectRoot,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`prisma-generate: generating the ${provider} client failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  writeFileSync(stampPath, expected);
}
