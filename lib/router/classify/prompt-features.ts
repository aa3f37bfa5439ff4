// Cheap, exact counts over the whole prompt (linear scans; no regex, no allocation per character).

/** Number of fenced code blocks: pairs of ``` fences (an unclosed fence still opens a block). */
function countFencedBlocks(text: string): number {
  let fences = 0;
  let position = text.indexOf("```");
  while (position !== -1) {
    fences++;
    position = text.indexOf("```", position + 3);
  }
  return Math.ceil(fences / 2);
}

/**
 * The part of a long prompt the rules read: the head (where instructions usually are) and the tail
 * (where "…summarise the above" goes). Counts such as words stay exact over the whole prompt.
 */
export function clipForScanning(text: string, limits: { head?: number; tail?: number } = {}): string {
  const head = limits.head ?? 6_000;
  const tail = limits.tail ?? 2_000;
  if (text.length <= head + tail) return text;
  return `${text.slice(0, head)}\n${text.slice(text.length - tail)}`;
}

export interface PromptCounts {
  characters: number;
  words: number;
  estimatedTokens: number;
  questionMarks: number;
  codeBlocks: number;
}

export function describePrompt(prompt: string, countTokens: (text: string) => number): PromptCounts {
  // Words and question marks in one pass: this runs on every request.
  let words = 0;
  let questionMarks = 0;
  let inWord = false;
  for (let index = 0; index < prompt.length; index++) {
    const code = prompt.charCodeAt(index);
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) inWord = false;
    else {
      if (code === 63) questionMarks++;
      if (!inWord) {
        inWord = true;
        words++;
      }
    }
  }
  return {
    characters: prompt.length,
    words,
    estimatedTokens: countTokens(prompt),
    questionMarks,
    codeBlocks: countFencedBlocks(prompt),
  };
}
