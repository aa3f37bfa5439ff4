import { describe, expect, it } from "vitest";
import { compareSchemas } from "@/scripts/db/schema-parity";

const sqlite = `// SQLite twin
generator client {
  provider = "prisma-client"
  output   = "../../generated/sqlite"
}

datasource db {
  provider = "sqlite"
}

/// A thing.
model Thing {
  id        String   @id // primary key
  url       String   @default("https://example.com//x")
  updatedAt DateTime @updatedAt @map("updated_at")

  @@index([url])
  @@map("things")
}
`;

function postgresFrom(source: string): string {
  return source
    .replace("// SQLite twin", "// PostgreSQL twin, different comment")
    .replace('output   = "../../generated/sqlite"', 'output = "../../generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"');
}

describe("compareSchemas", () => {
  it("ignores the generator output, datasource provider, comments and spacing", () => {
    const postgresql = postgresFrom(sqlite).replace("id        String   @id // primary key", "id String @id");
    expect(compareSchemas({ sqlite, postgresql })).toEqual([]);
  });

  it.each([
    ["a type", "url       String ", "url       Bytes "],
    ["optionality", "url       String ", "url       String? "],
    ["a default inside a string", '"https://example.com//x"', '"https://example.com/x"'],
    ["a client-side attribute", "@updatedAt ", ""],
    ["an index", "@@index([url])", "@@unique([url])"],
    ["a table map", '@@map("things")', '@@map("thing")'],
    ["a doc comment", "/// A thing.", "/// Another thing."],
    ["a generator option", 'provider = "prisma-client"', 'provider = "prisma-client-js"'],
  ])("reports a difference in %s", (_what, from, to) => {
    expect(sqlite).toContain(from);
    const postgresql = postgresFrom(sqlite).replace(from, to);
    expect(compareSchemas({ sqlite, postgresql })).not.toEqual([]);
  });

  it("names the model and both sides of a differing line", () => {
    const postgresql = postgresFrom(sqlite).replace("url       String ", "url       String? ");
    expect(compareSchemas({ sqlite, postgresql })).toEqual([
      'model Thing: SQLite has `url String @default("https://example.com//x")`, PostgreSQL does not',
      'model Thing: PostgreSQL has `url String? @default("https://example.com//x")`, SQLite does not',
    ]);
  });

  it("reports a model only one schema declares", () => {
    const postgresql = `${postgresFrom(sqlite)}\nmodel Extra {\n  id Int @id\n}\n`;
    expect(compareSchemas({ sqlite, postgresql })).toEqual(["model Extra: only in the PostgreSQL schema"]);
  });
});
