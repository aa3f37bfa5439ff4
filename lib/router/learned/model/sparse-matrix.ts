// Compressed sparse rows: the training matrix of featurised prompts.

export interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
}

export interface SparseMatrix {
  rowCount: number;
  columnCount: number;
  /** rowStart[r]..rowStart[r + 1] indexes row r's entries; length rowCount + 1. */
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export function stackRows(rows: readonly SparseRow[], columnCount: number): SparseMatrix {
  const rowStart = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((row, index) => {
    total += row.indices.length;
    rowStart[index + 1] = total;
  });
  const indices = new Int32Array(total);
  const values = new Float32Array(total);
  rows.forEach((row, index) => {
    indices.set(row.indices, rowStart[index]!);
    values.set(row.values, rowStart[index]!);
  });
  return { rowCount: rows.length, columnCount, rowStart, indices, values };
}

export function selectRows(matrix: SparseMatrix, rowIndices: readonly number[]): SparseMatrix {
  const rows: SparseRow[] = rowIndices.map((row) => ({
    indices: matrix.indices.subarray(matrix.rowStart[row]!, matrix.rowStart[row + 1]!),
    values: matrix.values.subarray(matrix.rowStart[row]!, matrix.rowStart[row + 1]!),
  }));
  return stackRows(rows, matrix.columnCount);
}

/** w · x for row `row` of the matrix. */
export function rowDot(matrix: SparseMatrix, row: number, weights: Float64Array | Float32Array): number {
  let sum = 0;
  for (let entry = matrix.rowStart[row]!; entry < matrix.rowStart[row + 1]!; entry++) {
    sum += matrix.values[entry]! * weights[matrix.indices[entry]!]!;
  }
  return sum;
}

export function sparseRowDot(row: SparseRow, weights: Float64Array | Float32Array): number {
  let sum = 0;
  for (let entry = 0; entry < row.indices.length; entry++) sum += row.values[entry]! * weights[row.indices[entry]!]!;
  return sum;
}
