// Why the migrator refuses to go on. Each names the migrations concerned so the message can say
// exactly what to fix; none of them leaves a half-applied migration behind.

export type MigrationHistoryProblem =
  | "checksum_mismatch" // an applied migration.sql was edited after it ran
  | "failed_migration" // recorded as started but never finished (by Prisma's CLI)
  | "unknown_migration"; // the database has a migration this code does not (it is newer)

export class MigrationHistoryError extends Error {
  override readonly name = "MigrationHistoryError";
  constructor(
    readonly problem: MigrationHistoryProblem,
    readonly migrationNames: readonly string[],
    message: string,
  ) {
    super(message);
  }
}

export class MigrationFailedError extends Error {
  override readonly name = "MigrationFailedError";
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migrationName} failed and was rolled back: ${reason}`, { cause });
  }
}

export class MigrationLockTimeoutError extends Error {
  override readonly name = "MigrationLockTimeoutError";
}
