import { z } from "zod";
import { isoDateTimeSchema } from "./common";

// GET /v1/circuits: each model's circuit breaker, as this instance sees it.

export const circuitSchema = z
  .object({
    model: z.string(),
    state: z.enum(["closed", "open", "half_open"]),
    consecutive_failures: z.number().int(),
    trips: z.number().int(),
    open_until: isoDateTimeSchema.nullable(),
    last_trip_reason: z.string().nullable(),
  })
  .meta({ id: "Circuit" });

export const circuitListResponseSchema = z.object({ circuits: z.array(circuitSchema) }).meta({ id: "CircuitList" });
