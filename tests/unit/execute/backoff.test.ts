import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/router/execute/backoff";

const base = { baseMs: 250, maxMs: 8000, retryAfterMs: null };

describe("retryDelayMs", () => {
  it("doubles each retry, between half and all of the step (equal jitter)", () => {
    for (const [retryIndex, step] of [[0, 250], [1, 500], [2, 1000], [3, 2000]] as const) {
      expect(retryDelayMs({ ...base, retryIndex, random: () => 0 })).toBe(step / 2);
      expect(retryDelayMs({ ...base, retryIndex, random: () => 0.999999 })).toBe(step);
    }
  });

  it("caps the step", () => {
    expect(retryDelayMs({ ...base, retryIndex: 10, random: () => 0.999999 })).toBe(8000);
  });

  it("takes a provider's retry-after as given", () => {
    expect(retryDelayMs({ ...base, retryIndex: 0, retryAfterMs: 7000, random: () => 0.3 })).toBe(7000);
  });
});
