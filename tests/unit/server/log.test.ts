import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/server/log";

describe("createLogger", () => {
  const now = () => new Date("2026-11-25T12:00:00.000Z");

  it("writes only lines at or above the threshold", () => {
    const lines: string[] = [];
    const log = createLogger({ threshold: "warn", write: (line) => lines.push(line), now });
    log("debug", "hidden");
    log("info", "hidden too");
    log("warn", "shown");
    log("error", "also shown");
    expect(lines).toEqual(["2026-11-25T12:00:00.000Z warn [router] shown\n", "2026-11-25T12:00:00.000Z error [router] also shown\n"]);
  });

  it("writes nothing when silent", () => {
    const lines: string[] = [];
    createLogger({ threshold: "silent", write: (line) => lines.push(line), now })("error", "x");
    expect(lines).toEqual([]);
  });

  it("redacts keys that appear in a message", () => {
    const lines: string[] = [];
    createLogger({ threshold: "debug", write: (line) => lines.push(line), now })("error", "401 Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyz123456");
    expect(lines[0]).not.toContain("abcdefghijklmnopqrstuvwxyz123456");
  });
});
