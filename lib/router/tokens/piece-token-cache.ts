import { O200K_TOKEN_SPLIT_REGEX } from "gpt-tokenizer/encodingParams/constants";

// An exact o200k count is a sum over pieces: the encoding first cuts the text with its split pattern
// (words with their leading space, runs of up to three digits, punctuation, whitespace), then BPE-
// merges each piece on its own, and the pattern cuts a piece taken alone into that same piece. So a
// piece's token count never depends on the text around it, and can be remembered.
// Why remember it: gpt-tokenizer looks every piece up in its 200k-entry vocabulary map, and those
// lookups, which miss the CPU caches, were the largest single cost of a routing decision. A map of
// the few thousand pieces seen lately stays in cache.
// A piece not seen yet costs a gpt-tokenizer call of its own, about four times what a piece costs
// in a whole-text pass. So new pieces are counted one by one only while they stay rare (at most
// `newPiecesAllowed` plus one in ten of the pieces read so far). A text with more (another language,
// an unusual paste, a cold start) goes through gpt-tokenizer's encoder, which hands back the tokens
// of one piece at a time: one pass gives the count and teaches every piece of the text. That first
// sight of a new vocabulary costs 1.5 to 2 times a plain gpt-tokenizer count; after it, half of one.

export interface PieceTokenCacheOptions {
  /** Distinct pieces remembered; the map starts over when full. */
  capacity?: number;
  /** Longer pieces (long words, whitespace runs) are counted every time, not remembered. */
  maxPieceLength?: number;
  /** New pieces a text may have, beyond one in ten of its pieces, and still be counted piece by piece. */
  newPiecesAllowed?: number;
}

/** gpt-tokenizer, uncached: the count of a text, and its tokens piece by piece (o200k encodeGenerator). */
export interface ExactTokenizer {
  count(text: string): number;
  encodePieces(text: string): Iterable<readonly number[]>;
}

const NEW_PIECE_SHARE = 0.1;

export class PieceTokenCache {
  private readonly counts = new Map<string, number>();
  // gpt-tokenizer's own split pattern, sticky: pieces are read back to back with `test`, which
  // builds no match array (exec did: about a fifth of the cached count).
  private readonly splitter = new RegExp(O200K_TOKEN_SPLIT_REGEX.source, `${O200K_TOKEN_SPLIT_REGEX.flags.replace("g", "")}y`);
  private readonly capacity: number;
  private readonly maxPieceLength: number;
  private readonly newPiecesAllowed: number;

  constructor(
    private readonly tokenizer: ExactTokenizer,
    options: PieceTokenCacheOptions = {},
  ) {
    this.capacity = options.capacity ?? 32_768;
    this.maxPieceLength = options.maxPieceLength ?? 64;
    this.newPiecesAllowed = options.newPiecesAllowed ?? 3;
  }

  get size(): number {
    return this.counts.size;
  }

  count(text: string): number {
    let total = 0;
    let pieces = 0;
    let newPieces: string[] | undefined;
    for (let start = 0; start < text.length; ) {
      const end = this.pieceEnd(text, start);
      if (end === -1) return this.tokenizer.count(text);
      const piece = text.slice(start, end);
      const tokens = this.counts.get(piece);
      pieces++;
      if (tokens !== undefined) total += tokens;
      else if ((newPieces ??= []).push(piece) > this.newPiecesAllowed + pieces * NEW_PIECE_SHARE) return this.countAndLearnAll(text);
      start = end;
    }
    if (newPieces) for (const newPiece of newPieces) total += this.learnOne(newPiece);
    return total;
  }

  /** End of the piece starting at `start`, or -1 if the pattern does not cut one there. */
  private pieceEnd(text: string, start: number): number {
    const splitter = this.splitter;
    splitter.lastIndex = start;
    // The pattern matches at every position and never matches empty; if a future version of it
    // did either, gpt-tokenizer's own count is the answer.
    return splitter.test(text) && splitter.lastIndex > start ? splitter.lastIndex : -1;
  }

  private learnOne(piece: string): number {
    // A new piece met twice in one text is counted once.
    const known = this.counts.get(piece);
    if (known !== undefined) return known;
    // Counted on the copy, so that gpt-tokenizer's own merge cache does not keep the slice either.
    const copy = detached(piece);
    const tokens = this.tokenizer.count(copy);
    this.remember(copy, tokens);
    return tokens;
  }

  private countAndLearnAll(text: string): number {
    const pieces: string[] = [];
    for (let start = 0; start < text.length; ) {
      const end = this.pieceEnd(text, start);
      if (end === -1) return this.tokenizer.count(text);
      pieces.push(text.slice(start, end));
      start = end;
    }
    const tokensPerPiece: number[] = [];
    let total = 0;
    for (const tokens of this.tokenizer.encodePieces(text)) {
      tokensPerPiece.push(tokens.length);
      total += tokens.length;
    }
    // The encoder yields once per piece of this same pattern; learn only if that still holds.
    if (tokensPerPiece.length !== pieces.length) return total;
    pieces.forEach((piece, index) => {
      if (piece.length <= this.maxPieceLength && !this.counts.has(piece)) this.remember(detached(piece), tokensPerPiece[index]!);
    });
    return total;
  }

  /** `piece` must be detached (see below). */
  private remember(piece: string, tokens: number): void {
    if (piece.length > this.maxPieceLength) return;
    if (this.counts.size >= this.capacity) this.counts.clear();
    this.counts.set(piece, tokens);
  }
}

// V8 keeps a slice of 13 or more characters as a view into the string it was cut from, so a piece
// kept as a map key would keep its whole prompt alive (300 pieces of 100 kB prompts: 29 MB). A copy
// holds only its own characters; JSON keeps lone surrogates as they are.
function detached(piece: string): string {
  return piece.length < 13 ? piece : (JSON.parse(JSON.stringify(piece)) as string);
}
