// Decides whether the production build in .next is missing or stale. "Stale" means the content of
// any input of the build changed since the last successful build: a hash of those files is stored
// next to the build, so a `git pull` or an edit triggers exactly one rebuild.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const SKIPPED_DIRECTORIES = new Set(["node_modules", "generated", ".next"]);
const HASH_FILE = ".next/source-hash";

function listFiles(root, relative) {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)))
    .flatMap((entry) => listFiles(root, path.join(relative, entry.name)));
}

export function hashBuildInputs(root) {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap((input) => listFiles(root, input)).sort()) {
    hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root) {
  const hashFile = path.join(root, HASH_FILE);
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(hashFile)) return false;
  return readFileSync(hashFile, "utf8").trim() === hashBuildInputs(root);
}

export function recordBuild(root) {
  writeFileSync(path.join(root, HASH_FILE), `${hashBuildInputs(root)}\n`);
}

/**
 * Runs `next build` when the build is missing or stale, and records it when it succeeds. Returns
 * the build's exit status: 0 when the build is current (built now or before).
 */
export function buildIfStale(root, env = process.env) {
  if (isBuildCurrent(root)) return 0;
  console.log("Building the console (the build is missing or older than the sources)...");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit", env });
  if (build.status !== 0) return build.status ?? 1;
  recordBuild(root);
  return 0;
}
