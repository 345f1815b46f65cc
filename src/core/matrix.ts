/** A 2-D matrix as the core takes it (`TensorLike`): shape `[rows, cols]` and row-major data. */
export interface Matrix {
  shape: [number, number];
  data: number[];
}

/**
 * Reads nested rows into a Matrix.
 *
 * @example
 * matrixFromRows([[1, 0], [0, 1]]); // { shape: [2, 2], data: [1, 0, 0, 1] }
 */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  return { shape: [rows.length, rows[0]?.length ?? 0], data: rows.flat() };
}
