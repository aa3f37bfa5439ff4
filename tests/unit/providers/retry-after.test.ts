import { describe, expect, it } from "vitest";
import { parseRetryAfterMs } from "@/lib/router/providers/retry-after";

const now = () => Date.parse("2026-11-25T12:00:00Z");
const headers = (values: Record<string, string>) => new Headers(values);

describe("parseRetryAfterMs", () => {
  it("prefers retry-after-ms, then seconds, then an HTTP date", () => {
    expect(parseRetryAfterMs(headers({ "retry-after-ms": "1500", "retry-after": "9" }), now)).toBe(1500);
    expect(parseRetryAfterMs(headers({ "retry-after": "2" }), now)).toBe(2000);
    expect(parseRetryAfterMs(headers({ "retry-after": "0.5" }), now)).toBe(500);
    expect(parseRetryAfterMs(headers({ "retry-after": "Wed, 25 Nov 2026 12:00:30 GMT" }), now)).toBe(30_000);
  });

  it("returns null when absent or unreadable, zero for a date in the past", () => {
    expect(parseRetryAfterMs(headers({}), now)).toBeNull();
    expect(parseRetryAfterMs(null, now)).toBeNull();
    expect(parseRetryAfterMs(headers({ "retry-after": "soon" }), now)).toBeNull();
    expect(parseRetryAfterMs(headers({ "retry-after": "-3" }), now)).toBeNull();
    expect(parseRetryAfterMs(headers({ "retry-after": "Wed, 25 Nov 2026 11:00:00 GMT" }), now)).toBe(0);
  });

  it("caps absurd waits at ten minutes", () => {
    expect(parseRetryAfterMs(headers({ "retry-after": "86400" }), now)).toBe(600_000);
  });
});
