import { splitFewShot } from "./final-question";
import { formatSignature, type PromptFamily, promptFamily } from "./prompt-family";

// A prompt's format, read from the prompt alone (never from a task label): its family and its exact
// format signature. The calibration stage keeps one set of coefficients per format, backed off to
// the family when a format is rare.

export interface PromptFormat {
  family: PromptFamily;
  signature: string;
}

export function promptFormat(prompt: string): PromptFormat {
  const parts = splitFewShot(prompt);
  return { family: promptFamily(parts.question), signature: formatSignature(parts.question, parts.examples) };
}
