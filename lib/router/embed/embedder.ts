// Port for turning text into vectors. Two implementations: a local hashed n-gram embedder that
// needs no download (local-embedder.ts) and an OpenAI-compatible embeddings client.

export interface Embedder {
  /** Stable identifier of the vector space, e.g. "local-hash-v1:4096" or "openai:text-embedding-3-small". */
  readonly id: string;
  readonly dimensions: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** A sparse, L2-normalised vector: `indices` strictly increasing, `values` aligned with them. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}
