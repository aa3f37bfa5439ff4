import { z } from "zod";
import { CAPABILITIES } from "../types";

// The boundary schema for a registry entry (editor form, API, seed files). Prices are USD per 1M
// tokens or null for "unknown" (such a model is `unpriced` and excluded unless explicitly allowed).

const price = z.number().finite().min(0).nullable();

export const modelSpecSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, "letters, digits and . _ : / - only"),
    provider: z.string().min(1).max(100),
    providerModel: z.string().min(1).max(200),
    inputPricePer1M: price,
    outputPricePer1M: price,
    cachedInputPricePer1M: price,
    contextWindow: z.number().int().positive(),
    maxOutputTokens: z.number().int().positive(),
    latencyMs: z.number().finite().positive(),
    qualityScore: z.number().min(0).max(1),
    capabilities: z.array(z.enum(CAPABILITIES)).transform((capabilities) => [...new Set(capabilities)]),
    enabled: z.boolean(),
  })
  .refine((model) => model.maxOutputTokens <= model.contextWindow, {
    message: "maxOutputTokens cannot exceed contextWindow",
    path: ["maxOutputTokens"],
  });
