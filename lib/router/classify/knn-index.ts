import type { SparseVector } from "../embed/embedder";

// Cosine k-nearest neighbours over L2-normalised example vectors. Sparse queries go through an
// inverted index (feature -> examples that have it), so a query costs the length of the posting
// lists it touches rather than examples × dimensions: a few microseconds for a few hundred examples.

export interface Neighbour {
  example: number;
  similarity: number;
}

export class KnnIndex {
  private readonly postings: Map<number, { examples: Int32Array; values: Float32Array }>;
  private readonly scores: Float64Array;

  constructor(vectors: readonly SparseVector[]) {
    const lists = new Map<number, { examples: number[]; values: number[] }>();
    vectors.forEach((vector, example) => {
      for (let position = 0; position < vector.indices.length; position++) {
        const feature = vector.indices[position]!;
        let list = lists.get(feature);
        if (!list) lists.set(feature, (list = { examples: [], values: [] }));
        list.examples.push(example);
        list.values.push(vector.values[position]!);
      }
    });
    this.postings = new Map(
      [...lists].map(([feature, list]) => [
        feature,
        { examples: Int32Array.from(list.examples), values: Float32Array.from(list.values) },
      ]),
    );
    this.scores = new Float64Array(vectors.length);
  }

  get size(): number {
    return this.scores.length;
  }

  /** The k most similar examples, most similar first (ties: lower example index first). */
  nearest(query: SparseVector, k: number): Neighbour[] {
    const scores = this.scores;
    scores.fill(0);
    for (let position = 0; position < query.indices.length; position++) {
      const list = this.postings.get(query.indices[position]!);
      if (!list) continue;
      const weight = query.values[position]!;
      for (let entry = 0; entry < list.examples.length; entry++) {
        scores[list.examples[entry]!]! += weight * list.values[entry]!;
      }
    }
    const best: Neighbour[] = [];
    for (let example = 0; example < scores.length; example++) {
      const similarity = scores[example]!;
      if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
      let insertAt = best.length;
      while (insertAt > 0 && best[insertAt - 1]!.similarity < similarity) insertAt--;
      best.splice(insertAt, 0, { example, similarity });
      if (best.length > k) best.pop();
    }
    return best;
  }
}
