import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fnv1a32 } from "@/lib/router/embed/hash";
import { LocalEmbedder, tokenizeWords } from "@/lib/router/embed/local-embedder";
import { MissingEmbeddingsApiKeyError, OpenAIEmbedder } from "@/lib/router/embed/openai-embedder";

describe("LocalEmbedder", () => {
  /** The embedder's definition, computed the slow, obvious way (one string per term). */
  function referenceCounts(text: string, bits = 12): Map<number, number> {
    const counts = new Map<number, number>();
    const add = (term: string) => {
      const bucket = fnv1a32(term) & ((1 << bits) - 1);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    };
    let previous = "";
    for (const word of tokenizeWords(text)) {
      add(`w:${word}`);
      if (previous) add(`b:${previous} ${word}`);
      previous = word;
      if (word.length >= 3) {
        const padded = `<${word}>`;
        for (let start = 0; start + 3 <= padded.length; start++) add(`c:${padded.slice(start, start + 3)}`);
      }
    }
    return counts;
  }

  it.each(["Translate 'good morning' into Spanish.", "héllo wörld — 日本語 c# x", "a", ""])(
    "hashes the same buckets as the term strings it stands for: %s",
    (text) => {
      expect(new LocalEmbedder().countTerms(text)).toEqual(referenceCounts(text));
    },
  );

  it("returns L2-normalised sparse vectors with increasing indices, identical to the dense form", async () => {
    const embedder = new LocalEmbedder();
    const sparse = embedder.embedSparse("Write a Python function that parses CSV files");
    let norm = 0;
    for (let position = 0; position < sparse.values.length; position++) {
      norm += sparse.values[position]! ** 2;
      if (position > 0) expect(sparse.indices[position]!).toBeGreaterThan(sparse.indices[position - 1]!);
    }
    expect(norm).toBeCloseTo(1, 5);
    const [dense] = await embedder.embed(["Write a Python function that parses CSV files"]);
    for (let position = 0; position < sparse.indices.length; position++) {
      expect(dense![sparse.indices[position]!]).toBeCloseTo(sparse.values[position]!, 6);
    }
    // The scratch buffer is cleared between calls: embedding twice gives the same vector.
    expect(embedder.embedSparse("Write a Python function that parses CSV files")).toEqual(sparse);
  });
});

describe("OpenAIEmbedder against a server speaking OpenAI's embeddings wire format", () => {
  let server: Server;
  let baseURL: string;
  const requests: { path: string; body: Record<string, unknown>; authorization?: string }[] = [];
  let reply: (body: { input: string[] }) => unknown = (body) => ({
    object: "list",
    // Out of order on purpose: the client must place vectors by index.
    data: body.input.map((text, index) => ({ object: "embedding", index, embedding: [text.length, 3, 4] })).reverse(),
    model: "test-embedding",
    usage: { prompt_tokens: 1, total_tokens: 1 },
  });

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let raw = "";
      request.on("data", (chunk) => (raw += chunk));
      request.on("end", () => {
        const body = JSON.parse(raw) as { input: string[] };
        requests.push({ path: request.url ?? "", body, authorization: request.headers.authorization });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(reply(body)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("embeds in input order, normalised, through the real SDK over HTTP", async () => {
    const embedder = new OpenAIEmbedder({ baseURL, apiKey: "test-key", model: "test-embedding", dimensions: 3, maxRetries: 0 });
    const vectors = await embedder.embed(["", "hello"]);
    expect(Array.from(vectors[0]!)).toEqual([0, 0.6000000238418579, 0.800000011920929]);
    expect(vectors[1]![0]).toBeCloseTo(5 / Math.sqrt(50), 6);
    const last = requests.at(-1)!;
    expect(last.path).toBe("/v1/embeddings");
    expect(last.body).toMatchObject({ model: "test-embedding", input: ["", "hello"], encoding_format: "float" });
    expect(last.authorization).toBe("Bearer test-key");
    expect(embedder.id).toBe(`openai-compatible:${new URL(baseURL).host}:test-embedding:3`);
    expect(last.body).not.toHaveProperty("dimensions");
    await new OpenAIEmbedder({ baseURL, model: "test-embedding", dimensions: 3, requestDimensions: true }).embed(["abc"]);
    expect(requests.at(-1)!.body).toMatchObject({ dimensions: 3 });
  });

  it("rejects a response with the wrong dimensions or count, or one that breaks the schema", async () => {
    const embedder = new OpenAIEmbedder({ baseURL, model: "test-embedding", dimensions: 4, maxRetries: 0 });
    await expect(embedder.embed(["x"])).rejects.toThrow(/3 dimensions, expected 4/);
    reply = () => ({ data: [] });
    await expect(embedder.embed(["x"])).rejects.toThrow(/0 vectors for 1 inputs/);
    reply = () => ({ data: [{ index: 0, embedding: ["not", "numbers"] }] });
    await expect(embedder.embed(["x"])).rejects.toThrow();
  });

  it("knows OpenAI's model sizes, sends `dimensions` only when asked, and needs a key for OpenAI itself", () => {
    expect(new OpenAIEmbedder({ apiKey: "k" }).dimensions).toBe(1536);
    expect(() => new OpenAIEmbedder({ apiKey: "k", model: "mystery" })).toThrow(/pass dimensions/);
    expect(() => new OpenAIEmbedder({})).toThrow(MissingEmbeddingsApiKeyError);
  });
});
