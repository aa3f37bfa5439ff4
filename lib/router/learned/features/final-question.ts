// Few-shot prompts (RouterBench's ARC and Winogrande are 5-shot) repeat the same worked examples
// before every question, so their words say nothing about the question asked. This finds the
// examples by their shape (a block that ends with an answer cue and a short answer) and returns
// the text after the last one; a prompt without examples is returned whole.

const MAX_CHARACTERS = 8_000;
const ANSWERED_BLOCK = /(?:answer|a)\s*:\s*\n?[^\n]{1,40}\s*$/i;

export interface PromptParts {
  /** The question actually asked (the whole prompt when there are no worked examples). */
  question: string;
  /** Number of worked examples before it. */
  examples: number;
}

export function splitFewShot(prompt: string): PromptParts {
  const clipped = prompt.length > MAX_CHARACTERS ? prompt.slice(prompt.length - MAX_CHARACTERS) : prompt;
  const blocks = clipped.split(/\n\s*\n/);
  let lastExample = -1;
  let examples = 0;
  for (let index = 0; index < blocks.length - 1; index++) {
    if (ANSWERED_BLOCK.test(blocks[index]!.trimEnd())) {
      lastExample = index;
      examples++;
    }
  }
  if (lastExample === -1) return { question: clipped, examples: 0 };
  const question = blocks.slice(lastExample + 1).join("\n\n").trim();
  return question === "" ? { question: clipped, examples: 0 } : { question, examples };
}
