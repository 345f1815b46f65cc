import { checkIndex, checkShape, checkTensor, fail } from './validate';

/**
 * What every core function accepts: a shape and the values in row-major order.
 * A plain array, a `Float32Array` or a `Float64Array` all work as `data`.
 *
 * @example
 * const image: TensorLike = { shape: [2, 2], data: [1, 2, 3, 4] };
 */
export interface TensorLike {
  readonly shape: readonly number[];
  readonly data: ArrayLike<number>;
}

/**
 * What every core function returns: a fresh shape array and a fresh `Float64Array`
 * (never shared with the arguments).
 *
 * Layout is channels-first, row-major: images are `[C, H, W]` (or `[H, W]` for one
 * channel), convolution weights are `[K, C, kh, kw]`, dense weights are `[in, out]`.
 *
 * @example
 * const t: Tensor = tensor([2, 3], [1, 2, 3, 4, 5, 6]);
 * t.data[1 * 3 + 2]; // 6, the value at row 1, column 2
 */
export interface Tensor {
  shape: number[];
  data: Float64Array;
}

/**
 * Number of values a shape holds (the product of its sides; 1 for the scalar shape `[]`).
 *
 * @example
 * sizeOf([3, 28, 28]); // 2352
 */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Makes a tensor from a shape and row-major values (copied). Without `data` it is all zeros.
 * Throws a `RangeError` when the number of values does not match the shape.
 *
 * @example
 * const t = tensor([2, 2], [1, 2, 3, 4]); // { shape: [2, 2], data: Float64Array [1, 2, 3, 4] }
 * tensor([3]);                           // { shape: [3], data: Float64Array [0, 0, 0] }
 */
export function tensor(shape: readonly number[], data?: ArrayLike<number>): Tensor {
  checkShape(shape, 'tensor');
  const n = sizeOf(shape);
  if (data === undefined) return { shape: [...shape], data: new Float64Array(n) };
  const t = { shape, data };
  checkTensor(t, 'tensor');
  return { shape: [...shape], data: Float64Array.from(data) };
}

/**
 * Makes a 2-D tensor `[rows, cols]` from nested rows, top row first.
 * Throws a `RangeError` when the rows have different lengths.
 *
 * @example
 * fromRows([[1, 0, 1], [0, 1, 0]]); // { shape: [2, 3], data: Float64Array [1, 0, 1, 0, 1, 0] }
 */
export function fromRows(rows: readonly (readonly number[])[]): Tensor {
  if (!Array.isArray(rows)) fail('fromRows needs an array of rows, e.g. [[1, 2], [3, 4]]');
  const h = rows.length;
  const w = h === 0 ? 0 : rows[0].length;
  const data = new Float64Array(h * w);
  for (let r = 0; r < h; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== w) {
      fail(
        `all rows must have the same length: row 0 has ${w} values but row ${r} has ` +
          `${Array.isArray(row) ? row.length : 'no'} values`,
      );
    }
    for (let c = 0; c < w; c++) {
      const v = row[c];
      if (typeof v !== 'number') fail(`row ${r}, column ${c} is not a number (${String(v)})`);
      data[r * w + c] = v;
    }
  }
  return { shape: [h, w], data };
}

/**
 * Turns a 2-D tensor back into nested rows (plain numbers), top row first.
 * Throws a `RangeError` for any other rank.
 *
 * @example
 * toRows(tensor([2, 2], [1, 2, 3, 4])); // [[1, 2], [3, 4]]
 */
export function toRows(t: TensorLike): number[][] {
  checkTensor(t, 'tensor');
  if (t.shape.length !== 2) {
    fail(`toRows needs a 2-D tensor [rows, cols]; this one has shape [${t.shape.join(', ')}]`);
  }
  const [h, w] = t.shape;
  const rows: number[][] = [];
  for (let r = 0; r < h; r++) {
    const row: number[] = [];
    for (let c = 0; c < w; c++) row.push(t.data[r * w + c]);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads one value by its indices, one per axis (zero-based).
 * Throws a `RangeError` when the number of indices or an index is out of range.
 *
 * @example
 * const img = tensor([2, 2, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
 * get(img, 1, 0, 2); // 8: channel 1, row 0, column 2
 */
export function get(t: TensorLike, ...index: number[]): number {
  checkTensor(t, 'tensor');
  return t.data[checkIndex(t.shape, index)];
}
