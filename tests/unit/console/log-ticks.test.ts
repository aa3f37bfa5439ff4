import { describe, expect, it } from "vitest";
import { logTicks } from "@/components/performance/learned-frontier-chart";

describe("logTicks", () => {
  it("gives 1-2-5 ticks per decade inside the range", () => {
    expect(logTicks(0.00008, 0.006)).toEqual([0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005]);
    expect(logTicks(0.15, 3)).toEqual([0.2, 0.5, 1, 2]);
  });

  it("gives nothing for a range a log axis cannot show", () => {
    expect(logTicks(0, 1)).toEqual([]);
    expect(logTicks(2, 1)).toEqual([]);
  });
});
