import type { SparseVector } from "../embed/embedder";

// Small vector helpers shared by the centroid, k-nearest-neighbour and softmax parts of the
// embedding classifier. Dense embeddings (remote embedders) are turned into sparse vectors that list
// every index, so one code path serves both kinds.

export function denseToSparse(dense: Float32Array): SparseVector {
  const indices = new Int32Array(dense.length);
  for (let index = 0; index < dense.length; index++) indices[index] = index;
  return { indices, values: Float32Array.from(dense) };
}

export function normalizeInPlace(vector: Float32Array): Float32Array {
  let norm = 0;
  for (let index = 0; index < vector.length; index++) norm += vector[index]! * vector[index]!;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < vector.length; index++) vector[index]! *= scale;
  }
  return vector;
}

export function addSparseInto(dense: Float32Array, sparse: SparseVector): void {
  for (let position = 0; position < sparse.indices.length; position++) {
    dense[sparse.indices[position]!]! += sparse.values[position]!;
  }
}
