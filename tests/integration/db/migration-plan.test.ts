import { describe, expect, it } from "vitest";
import { migrationChecksum, scriptMatchesChecksum } from "@/lib/server/db/migrations/checksum";
import { MigrationHistoryError } from "@/lib/server/db/migrations/migration-errors";
import { planPendingMigrations, type AppliedMigrationRecord } from "@/lib/server/db/migrations/migration-plan";

const first = { name: "20260101000000_init", script: "CREATE TABLE a (id INTEGER);\n" };
const second = { name: "20260201000000_more", script: "CREATE TABLE b (id INTEGER);\n" };

function applied(file: { name: string; script: string }, overrides: Partial<AppliedMigrationRecord> = {}): AppliedMigrationRecord {
  return { migrationName: file.name, checksum: migrationChecksum(file.script), finished: true, rolledBack: false, ...overrides };
}

describe("migrationChecksum", () => {
  it("is the lowercase hex SHA-256 Prisma stores", () => {
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("matches a script whose line endings changed, but not one whose content changed", () => {
    const checksum = migrationChecksum("a;\nb;\n");
    expect(scriptMatchesChecksum("a;\r\nb;\r\n", checksum)).toBe(true);
    expect(scriptMatchesChecksum("a;\nb; -- edited\n", checksum)).toBe(false);
    expect(scriptMatchesChecksum("a;\nb;\n", migrationChecksum("a;\r\nb;\r\n"))).toBe(true);
  });
});

describe("planPendingMigrations", () => {
  it("returns every file in order on an empty history, and only the new ones later", () => {
    expect(planPendingMigrations({ files: [first, second], records: [] })).toEqual([first, second]);
    expect(planPendingMigrations({ files: [first, second], records: [applied(first)] })).toEqual([second]);
    expect(planPendingMigrations({ files: [first, second], records: [applied(first), applied(second)] })).toEqual([]);
  });

  it("ignores rows marked rolled back, as Prisma does", () => {
    const records = [applied(first), applied(second, { finished: false, rolledBack: true })];
    expect(planPendingMigrations({ files: [first, second], records })).toEqual([second]);
  });

  it.each([
    ["checksum_mismatch", [applied(first, { checksum: migrationChecksum("something else") })], first.name],
    ["failed_migration", [applied(first), applied(second, { finished: false })], second.name],
    ["unknown_migration", [applied(first), applied({ name: "20270101000000_future", script: "" })], "20270101000000_future"],
  ] as const)("refuses a history with a %s", (problem, records, name) => {
    const plan = () => planPendingMigrations({ files: [first, second], records });
    expect(plan).toThrow(MigrationHistoryError);
    expect(plan).toThrow(expect.objectContaining({ problem, migrationNames: [name] }));
  });
});
