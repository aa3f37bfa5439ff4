import type { Embedder, SparseVector } from "./embedder";
import { fnv1a32 } from "./hash";

// A deterministic embedder that needs no model download: hashed word unigrams, word bigrams and
// character 3-grams (inside word boundaries), sublinear term frequency, optional IDF weights
// fitted on a corpus, L2-normalised. It is the "TF-IDF with the hashing trick" baseline: cheap
// (tens of microseconds per prompt) and good enough to separate task types and difficulty cues.

export interface LocalEmbedderOptions {
  /** log2 of the vector size; 12 gives 4,096 buckets. */
  bits?: number;
  /** Per-bucket inverse document frequency, length 2^bits, from `fitIdf`. */
  idf?: Float32Array;
  /** Cap on characters read from a prompt, so a 1 MB prompt cannot stall a decision. */
  maxCharacters?: number;
}

const WORD_PREFIX_HASH = fnv1a32("w:");
const BIGRAM_PREFIX_HASH = fnv1a32("b:");
const TRIGRAM_PREFIX_HASH = fnv1a32("c:");

const WORD_PATTERN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

export function tokenizeWords(text: string, maxCharacters = 8_000): string[] {
  const clipped = text.length > maxCharacters ? text.slice(0, maxCharacters) : text;
  return clipped.toLowerCase().match(WORD_PATTERN) ?? [];
}

export class LocalEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly mask: number;
  private readonly idf: Float32Array | undefined;
  private readonly maxCharacters: number;
  private readonly scratch: Float64Array;

  constructor(options: LocalEmbedderOptions = {}) {
    const bits = options.bits ?? 12;
    this.dimensions = 1 << bits;
    this.mask = this.dimensions - 1;
    this.idf = options.idf;
    this.maxCharacters = options.maxCharacters ?? 8_000;
    if (this.idf && this.idf.length !== this.dimensions) {
      throw new Error(`idf has ${this.idf.length} weights, expected ${this.dimensions}`);
    }
    this.id = `local-hash-v1:${this.dimensions}${this.idf ? ":idf" : ""}`;
    this.scratch = new Float64Array(this.dimensions);
  }

  /** Raw hashed term counts (before weighting), as bucket -> count. */
  countTerms(text: string): Map<number, number> {
    const counts = new Map<number, number>();
    this.forEachTerm(text, (bucket) => counts.set(bucket, (counts.get(bucket) ?? 0) + 1));
    return counts;
  }

  embedSparse(text: string): SparseVector {
    // Hot path: counts go into a reused dense scratch array; only touched buckets are visited.
    const scratch = this.scratch;
    const touched: number[] = [];
    this.forEachTerm(text, (bucket) => {
      if (scratch[bucket] === 0) touched.push(bucket);
      scratch[bucket]! += 1;
    });
    const indices = Int32Array.from(touched).sort();
    const values = new Float32Array(indices.length);
    let norm = 0;
    for (let position = 0; position < indices.length; position++) {
      const bucket = indices[position]!;
      const weight = (1 + Math.log(scratch[bucket]!)) * (this.idf ? this.idf[bucket]! : 1);
      scratch[bucket] = 0;
      values[position] = weight;
      norm += weight * weight;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let position = 0; position < values.length; position++) values[position]! *= scale;
    }
    return { indices, values };
  }

  /**
   * Visits the bucket of every term: "w:<word>", "b:<previous> <word>" and "c:<3 chars of <word>>".
   * Hashes are computed by extending FNV-1a over prefixes instead of building each term string;
   * the buckets are identical to hashing the concatenated strings.
   */
  private forEachTerm(text: string, visit: (bucket: number) => void): void {
    const words = tokenizeWords(text, this.maxCharacters);
    const mask = this.mask;
    let previous = "";
    for (const word of words) {
      visit(fnv1a32(word, WORD_PREFIX_HASH) & mask);
      if (previous) visit(fnv1a32(word, fnv1a32(" ", fnv1a32(previous, BIGRAM_PREFIX_HASH))) & mask);
      previous = word;
      if (word.length >= 3) {
        const last = word.length + 2;
        for (let start = 0; start + 3 <= last; start++) {
          let hash = TRIGRAM_PREFIX_HASH;
          for (let offset = start; offset < start + 3; offset++) {
            const code = offset === 0 ? 60 : offset === last - 1 ? 62 : word.charCodeAt(offset - 1);
            hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
          }
          visit(hash & mask);
        }
      }
    }
  }

  embedDense(text: string): Float32Array {
    const sparse = this.embedSparse(text);
    const dense = new Float32Array(this.dimensions);
    for (let position = 0; position < sparse.indices.length; position++) {
      dense[sparse.indices[position]!] = sparse.values[position]!;
    }
    return dense;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedDense(text));
  }
}

/** Smoothed IDF per bucket: log((1 + N) / (1 + df)) + 1, as scikit-learn does. */
export function fitIdf(texts: readonly string[], bits = 12): Float32Array {
  const embedder = new LocalEmbedder({ bits });
  const documentFrequency = new Float64Array(1 << bits);
  for (const text of texts) {
    for (const bucket of embedder.countTerms(text).keys()) documentFrequency[bucket]! += 1;
  }
  const idf = new Float32Array(1 << bits);
  for (let bucket = 0; bucket < idf.length; bucket++) {
    idf[bucket] = Math.log((1 + texts.length) / (1 + documentFrequency[bucket]!)) + 1;
  }
  return idf;
}

/** Dot product of a sparse vector with a dense one (cosine similarity when both are normalised). */
export function sparseDot(sparse: SparseVector, dense: Float32Array): number {
  let sum = 0;
  for (let position = 0; position < sparse.indices.length; position++) {
    sum += sparse.values[position]! * dense[sparse.indices[position]!]!;
  }
  return sum;
}
