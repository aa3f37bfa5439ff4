import { describe, expect, it } from "vitest";
import { apiErrorFromBody, toApiError } from "@/lib/client/api-error";
import { diffChange } from "@/lib/client/change-diff";
import { isoToLocalInput, localInputToIso } from "@/lib/client/datetime-local";
import { explainEntry, sortExplanation } from "@/lib/client/explanation";
import { formatMs, formatPercent, formatShare, formatTokens, formatUsd } from "@/lib/client/format";
import { qualityToStars, starsToQuality, STAR_VALUES } from "@/lib/client/rating";
import { safeNextPath } from "@/lib/client/safe-next-path";
import { explanationEntry } from "./fixtures";

describe("formatters", () => {
  it("shows sub-cent costs with significant digits and unknown values as a dash", () => {
    expect(formatUsd(0.000123456)).toBe("$0.000123");
    expect(formatUsd(0.0125)).toBe("$0.0125");
    expect(formatUsd(1234.5)).toBe("$1,234.50");
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(null)).toBe("—");
    expect(formatMs(812.4)).toBe("812 ms");
    expect(formatMs(12_500)).toBe("12.5 s");
    expect(formatShare(0.256, 1)).toBe("25.6%");
    expect(formatPercent(0.038)).toBe("<0.1%");
    expect(formatPercent(4.25)).toBe("4.3%");
    expect(formatPercent(71.6)).toBe("72%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatTokens(128_000)).toBe("128k");
    expect(formatTokens(2_000_000)).toBe("2M");
  });
});

describe("ratings", () => {
  it("maps 1–5 stars onto [0, 1] and back without drift", () => {
    expect(starsToQuality(1)).toBe(0);
    expect(starsToQuality(5)).toBe(1);
    for (const stars of STAR_VALUES) expect(qualityToStars(starsToQuality(stars))).toBe(stars);
    expect(qualityToStars(0.8)).toBe(4);
  });
});

describe("explanation", () => {
  it("orders chosen, then fallbacks by rank, then excluded by estimated cost", () => {
    const entries = [
      explanationEntry({ model: "x-expensive", status: "excluded", rank: null, estimated_cost: 0.5, exclusion_reasons: ["over_cost"], exclusion_reason: "over_cost" }),
      explanationEntry({ model: "b", status: "eligible", rank: 2 }),
      explanationEntry({ model: "x-cheap", status: "excluded", rank: null, estimated_cost: 0.01, exclusion_reasons: ["disabled"], exclusion_reason: "disabled" }),
      explanationEntry({ model: "a", status: "chosen", rank: 0 }),
      explanationEntry({ model: "c", status: "eligible", rank: 1 }),
    ];
    expect(sortExplanation(entries).map((entry) => entry.model)).toEqual(["a", "c", "b", "x-cheap", "x-expensive"]);
  });

  it("says why in words, listing every exclusion reason", () => {
    expect(explainEntry(explanationEntry({ status: "chosen", rank: 0 }))).toBe("Chosen");
    expect(explainEntry(explanationEntry({ status: "eligible", rank: 2 }))).toBe("Eligible · fallback 2");
    const excluded = explanationEntry({ status: "excluded", rank: null, exclusion_reason: "below_quality", exclusion_reasons: ["below_quality", "over_latency"] });
    expect(explainEntry(excluded)).toBe("Excluded: below the quality floor; over the latency limit");
  });
});

describe("api errors", () => {
  it("keeps the API's type, message and param, and describes bodies that are not API errors", () => {
    expect(apiErrorFromBody(404, '{"error":{"type":"not_found","message":"No model x"}}')).toMatchObject({ status: 404, type: "not_found", message: "No model x" });
    expect(apiErrorFromBody(502, "<html>Bad gateway</html>")).toMatchObject({ status: 502, type: "http_error" });
    expect(apiErrorFromBody(401, '{"error":{"type":"authentication_error","message":"no"}}').needsSignIn).toBe(true);
    expect(toApiError(new TypeError("Failed to fetch"))).toMatchObject({ type: "network_error" });
  });
});

describe("change diff", () => {
  it("lists changed fields only, without timestamps", () => {
    const before = { quality_score: 0.8, enabled: true, capabilities: ["code"], updated_at: "a" };
    const after = { quality_score: 0.9, enabled: true, capabilities: ["code", "json"], updated_at: "b" };
    expect(diffChange(before, after)).toEqual([
      { field: "capabilities", before: "code", after: "code, json" },
      { field: "quality_score", before: "0.8", after: "0.9" },
    ]);
  });
});

describe("safeNextPath", () => {
  it("allows same-site paths only", () => {
    expect(safeNextPath("/spend?window=7d")).toBe("/spend?window=7d");
    for (const unsafe of ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "", null, "/login?next=/x", "/a\nb"]) {
      expect(safeNextPath(unsafe)).toBe("/");
    }
  });
});

describe("datetime-local conversion", () => {
  it("round-trips a local wall-clock time through ISO", () => {
    const iso = localInputToIso("2026-11-25T14:30");
    expect(iso).toMatch(/Z$/);
    expect(isoToLocalInput(iso)).toBe("2026-11-25T14:30");
    expect(localInputToIso("")).toBeUndefined();
    expect(isoToLocalInput("nonsense")).toBe("");
  });
});
