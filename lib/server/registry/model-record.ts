import { z } from "zod";
import { CAPABILITIES, type ModelSpec } from "@/lib/router/types";

// Conversion between a stored registry row and the core's ModelSpec. Capabilities are stored as a
// JSON array; anything unexpected in it (an old or hand-edited row) is dropped, never trusted.

const storedCapabilities = z.array(z.string()).catch([]);

export interface ModelRow {
  id: string;
  providerId: string;
  providerModel: string;
  inputPricePer1M: number | null;
  outputPricePer1M: number | null;
  cachedInputPricePer1M: number | null;
  contextWindow: number;
  maxOutputTokens: number;
  latencyMs: number;
  qualityScore: number;
  capabilities: unknown;
  enabled: boolean;
}

export function modelRowToSpec(row: ModelRow): ModelSpec {
  const known = new Set<string>(CAPABILITIES);
  return {
    id: row.id,
    provider: row.providerId,
    providerModel: row.providerModel,
    inputPricePer1M: row.inputPricePer1M,
    outputPricePer1M: row.outputPricePer1M,
    cachedInputPricePer1M: row.cachedInputPricePer1M,
    contextWindow: row.contextWindow,
    maxOutputTokens: row.maxOutputTokens,
    latencyMs: row.latencyMs,
    qualityScore: row.qualityScore,
    capabilities: storedCapabilities.parse(row.capabilities).filter((capability) => known.has(capability)) as ModelSpec["capabilities"],
    enabled: row.enabled,
  };
}

export function modelSpecToRow(spec: ModelSpec): Omit<ModelRow, "capabilities"> & { capabilities: string[] } {
  return {
    id: spec.id,
    providerId: spec.provider,
    providerModel: spec.providerModel,
    inputPricePer1M: spec.inputPricePer1M,
    outputPricePer1M: spec.outputPricePer1M,
    cachedInputPricePer1M: spec.cachedInputPricePer1M,
    contextWindow: spec.contextWindow,
    maxOutputTokens: spec.maxOutputTokens,
    latencyMs: spec.latencyMs,
    qualityScore: spec.qualityScore,
    capabilities: [...spec.capabilities],
    enabled: spec.enabled,
  };
}
