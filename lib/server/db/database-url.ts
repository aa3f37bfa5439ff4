// Which database a URL names. `file:` URLs are SQLite files (relative paths resolve against the
// working directory, which `npm start` sets to the project root); `postgresql://` and `postgres://`
// URLs are PostgreSQL servers.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DATABASE_PROVIDERS = ["sqlite", "postgresql"] as const;
export type DatabaseProvider = (typeof DATABASE_PROVIDERS)[number];

export type DatabaseTarget =
  | { readonly provider: "sqlite"; readonly filePath: string }
  | { readonly provider: "postgresql"; readonly connectionString: string };

export class InvalidDatabaseUrlError extends Error {
  override readonly name = "InvalidDatabaseUrlError";
}

function sqliteFilePath(url: string, baseDirectory: string): string {
  // file:///abs/path is a standard file URL; file:./rel and file:/abs are Prisma's own spelling.
  const filePath = url.startsWith("file://") ? fileURLToPath(url) : url.slice("file:".length);
  if (filePath.length === 0) throw new InvalidDatabaseUrlError("A file: database URL needs a path, e.g. file:./data/router.db");
  if (filePath.includes("?")) {
    throw new InvalidDatabaseUrlError(`SQLite URLs take no query parameters: "${url}"`);
  }
  return path.resolve(baseDirectory, filePath);
}

export function parseDatabaseUrl(url: string, baseDirectory: string = process.cwd()): DatabaseTarget {
  const trimmed = url.trim();
  if (trimmed.startsWith("file:")) {
    return { provider: "sqlite", filePath: sqliteFilePath(trimmed, baseDirectory) };
  }
  if (/^postgres(ql)?:\/\//.test(trimmed)) {
    try {
      new URL(trimmed);
    } catch {
      throw new InvalidDatabaseUrlError("The PostgreSQL URL is not a valid URL");
    }
    return { provider: "postgresql", connectionString: trimmed };
  }
  throw new InvalidDatabaseUrlError(
    "A database URL must start with file: (SQLite, e.g. file:./data/router.db) or postgresql:// (PostgreSQL)",
  );
}
