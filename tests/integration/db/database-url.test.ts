import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidDatabaseUrlError, parseDatabaseUrl } from "@/lib/server/db/database-url";

describe("parseDatabaseUrl", () => {
  it("resolves a relative file: URL against the base directory", () => {
    expect(parseDatabaseUrl("file:./data/router.db", "/srv/app")).toEqual({
      provider: "sqlite",
      filePath: path.resolve("/srv/app/data/router.db"),
    });
  });

  it("keeps absolute file: paths and accepts file:/// URLs", () => {
    expect(parseDatabaseUrl("file:/var/lib/router.db", "/srv/app")).toEqual({ provider: "sqlite", filePath: "/var/lib/router.db" });
    expect(parseDatabaseUrl("file:///var/lib/router.db", "/srv/app")).toEqual({ provider: "sqlite", filePath: "/var/lib/router.db" });
  });

  it("recognises both PostgreSQL schemes", () => {
    for (const url of ["postgresql://u@db:5432/router", "postgres://u:p@db/router?sslmode=require"]) {
      expect(parseDatabaseUrl(url)).toEqual({ provider: "postgresql", connectionString: url });
    }
  });

  it("rejects other schemes, empty paths and SQLite query strings without echoing secrets", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@db/router")).toThrow(InvalidDatabaseUrlError);
    expect(() => parseDatabaseUrl("mysql://root:secret@db/router")).not.toThrow(/secret/);
    expect(() => parseDatabaseUrl("file:")).toThrow(/needs a path/);
    expect(() => parseDatabaseUrl("file:./router.db?connection_limit=1")).toThrow(/no query parameters/);
    expect(() => parseDatabaseUrl("postgresql://user:secret@[bad")).toThrow(/not a valid URL$/);
  });
});
