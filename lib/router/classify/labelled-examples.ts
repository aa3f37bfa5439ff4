import { z } from "zod";
import { COMPLEXITIES, TASK_TYPES } from "../types";
import examplesFile from "./examples.json";

// The project's own labelled prompts (examples.json) and the schema every labelled example must
// satisfy, including examples refitted from rated traffic.

export const labelledExampleSchema = z.object({
  text: z.string().min(1),
  complexity: z.enum(COMPLEXITIES),
  taskType: z.enum(TASK_TYPES),
});
export type LabelledExample = z.infer<typeof labelledExampleSchema>;

const examplesFileSchema = z.object({
  description: z.string(),
  version: z.literal(1),
  examples: z.array(labelledExampleSchema).min(1),
});

let defaultExamples: readonly LabelledExample[] | undefined;

/** The shipped examples, validated once. */
export function loadDefaultExamples(): readonly LabelledExample[] {
  defaultExamples ??= Object.freeze(examplesFileSchema.parse(examplesFile).examples);
  return defaultExamples;
}
