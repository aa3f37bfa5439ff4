#!/usr/bin/env node
// `npm test`: unit and integration tests (vitest), then browser tests (Playwright in Chromium),
// then one plain "N passed, N failed" line for both. Exits non-zero when anything failed.
// PostgreSQL integration tests run when TEST_DATABASE_URL is set (see README).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const results = path.join(root, "test-results");
mkdirSync(results, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };

function run(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  console.log(`\n=== ${label} ===`);
  const child = spawnSync(command, args, { stdio: "inherit", env });
  if (!existsSync(reportFile)) {
    console.error(`${label}: no report was written (exit code ${child.status}).`);
    return { passed: 0, failed: 1 };
  }
  const counts = count(JSON.parse(readFileSync(reportFile, "utf8")));
  // A runner that exits non-zero with nothing failed (a crash, an error outside a test) still fails.
  if (child.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const vitestReport = path.join(results, "vitest-report.json");
const vitest = run(
  "unit and integration tests (vitest)",
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  vitestReport,
  (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
);

const playwrightReport = path.join(results, "e2e-report.json");
const e2e = run(
  "browser tests (Playwright, Chromium)",
  process.execPath,
  ["node_modules/@playwright/test/cli.js", "test"],
  playwrightReport,
  (report) => ({ passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky }),
);

const passed = vitest.passed + e2e.passed;
const failed = vitest.failed + e2e.failed;
writeFileSync(path.join(results, "summary.json"), JSON.stringify({ passed, failed }) + "\n");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
