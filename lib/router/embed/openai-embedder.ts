import OpenAI from "openai";
import { z } from "zod";
import type { Embedder } from "./embedder";

// Embeddings from OpenAI (text-embedding-3-small by default) or any OpenAI-compatible server
// (Ollama, vLLM, LM Studio: set baseURL). Vectors are returned in input order and L2-normalised,
// as the Embedder port promises. The response is validated: a server that returns the wrong count
// or the wrong dimensions is an error, not a silently misaligned classification.

export interface OpenAIEmbedderOptions {
  /** An existing SDK client (tests, shared clients); otherwise one is built from apiKey/baseURL. */
  client?: OpenAI;
  apiKey?: string;
  baseURL?: string;
  model?: string;
  /** Size of the vectors the model returns (1536 for text-embedding-3-small). */
  dimensions?: number;
  /** Send `dimensions` to shorten vectors server-side (OpenAI's text-embedding-3 models only). */
  requestDimensions?: boolean;
  timeoutMs?: number;
  maxRetries?: number;
}

export class MissingEmbeddingsApiKeyError extends Error {
  override readonly name = "MissingEmbeddingsApiKeyError";
  readonly code = "missing_api_key";
  constructor() {
    super("OpenAIEmbedder needs an apiKey (or a baseURL of a local OpenAI-compatible server)");
  }
}

const KNOWN_DIMENSIONS: Readonly<Record<string, number>> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

const embeddingsResponseSchema = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number().finite()) })),
});

export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly requestDimensions: boolean;

  constructor(options: OpenAIEmbedderOptions = {}) {
    this.model = options.model ?? "text-embedding-3-small";
    const dimensions = options.dimensions ?? KNOWN_DIMENSIONS[this.model];
    if (!dimensions) throw new Error(`Unknown dimensions for embedding model "${this.model}": pass dimensions`);
    this.dimensions = dimensions;
    this.requestDimensions = options.requestDimensions ?? false;
    if (options.client) this.client = options.client;
    else {
      // Local servers ignore the key, but the SDK insists on one (and would otherwise read the env itself).
      const apiKey = options.apiKey ?? (options.baseURL ? "unused-by-local-server" : undefined);
      if (!apiKey) throw new MissingEmbeddingsApiKeyError();
      this.client = new OpenAI({
        apiKey,
        baseURL: options.baseURL,
        timeout: options.timeoutMs ?? 10_000,
        maxRetries: options.maxRetries ?? 2,
      });
    }
    const host = options.baseURL ? new URL(options.baseURL).host : "openai";
    this.id = `openai-compatible:${host}:${this.model}:${this.dimensions}`;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const response = await this.client.embeddings.create({
      model: this.model,
      input: [...texts],
      encoding_format: "float",
      ...(this.requestDimensions ? { dimensions: this.dimensions } : {}),
    });
    const { data } = embeddingsResponseSchema.parse(response);
    if (data.length !== texts.length) {
      throw new Error(`Embeddings server returned ${data.length} vectors for ${texts.length} inputs`);
    }
    const vectors: Float32Array[] = new Array(texts.length);
    for (const item of data) {
      if (item.embedding.length !== this.dimensions) {
        throw new Error(`Embeddings server returned ${item.embedding.length} dimensions, expected ${this.dimensions}`);
      }
      if (item.index >= texts.length || vectors[item.index]) throw new Error(`Embeddings server returned a bad index ${item.index}`);
      vectors[item.index] = normalized(item.embedding);
    }
    return vectors;
  }
}

function normalized(values: readonly number[]): Float32Array {
  const vector = Float32Array.from(values);
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < vector.length; index++) vector[index]! *= scale;
  }
  return vector;
}
