import { getEnv } from "@/lib/env";
import { redactSecrets } from "@/lib/router/providers/redact-secrets";

// The server's one logger: a line per event on stderr, filtered by LOG_LEVEL, every message passed
// through the key redactor first so a provider error quoting a key never lands in a log.

const LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LEVELS)[number];
export type Logger = (level: LogLevel, message: string) => void;

export function createLogger(options: { threshold: LogLevel | "silent"; write: (line: string) => void; now?: () => Date }): Logger {
  return (level, message) => {
    if (options.threshold === "silent" || LEVELS.indexOf(level) < LEVELS.indexOf(options.threshold)) return;
    options.write(`${(options.now?.() ?? new Date()).toISOString()} ${level} [router] ${redactSecrets(message)}\n`);
  };
}

let processLogger: Logger | undefined;

export function log(level: LogLevel, message: string): void {
  processLogger ??= createLogger({ threshold: getEnv().LOG_LEVEL, write: (line) => process.stderr.write(line) });
  processLogger(level, message);
}
