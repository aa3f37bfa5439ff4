import { percentile } from "@/scripts/bench/statistics";
import type { HttpSample } from "./http-timing";

// Percentiles of a scenario's samples and the printed table. p95 is the nearest-rank percentile
// (with 30 samples: the second slowest), so one outlier shows rather than being averaged away.

export interface ScenarioResult {
  name: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** CSV only: time to the first data row and size of the export. */
  firstRowP50Ms?: number;
  firstRowP95Ms?: number;
  rows?: number;
  bytes: number;
}

export const TARGET_P95_MS = 200;

const round = (value: number) => Math.round(value * 10) / 10;

export function summarise(name: string, samples: readonly HttpSample[], csv: boolean): ScenarioResult {
  const totals = samples.map((sample) => sample.totalMs);
  const result: ScenarioResult = {
    name,
    samples: samples.length,
    p50Ms: round(percentile(totals, 0.5)),
    p95Ms: round(percentile(totals, 0.95)),
    maxMs: round(Math.max(...totals)),
    bytes: samples.at(-1)?.bytes ?? 0,
  };
  if (!csv) return result;
  const firstRows = samples.map((sample) => sample.firstDataMs);
  return { ...result, firstRowP50Ms: round(percentile(firstRows, 0.5)), firstRowP95Ms: round(percentile(firstRows, 0.95)), rows: Math.max(0, (samples.at(-1)?.lines ?? 1) - 1) };
}

export function formatTable(title: string, results: readonly ScenarioResult[]): string {
  const width = Math.max(...results.map((result) => result.name.length), 10);
  const header = `${"".padEnd(width)} ${"p50 ms".padStart(9)} ${"p95 ms".padStart(9)} ${"max ms".padStart(9)}  note`;
  const lines = results.map((result) => {
    const note = [
      result.p95Ms > TARGET_P95_MS ? `over ${TARGET_P95_MS} ms` : "",
      result.rows !== undefined ? `${result.rows} rows, ${(result.bytes / 1e6).toFixed(1)} MB; first row p50 ${result.firstRowP50Ms} / p95 ${result.firstRowP95Ms} ms` : "",
    ].filter(Boolean).join("; ");
    return `${result.name.padEnd(width)} ${result.p50Ms.toFixed(1).padStart(9)} ${result.p95Ms.toFixed(1).padStart(9)} ${result.maxMs.toFixed(1).padStart(9)}  ${note}`;
  });
  return [title, header, ...lines].join("\n");
}
