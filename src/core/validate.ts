/*
 * Argument checks shared by the core. Every failure is a RangeError whose message a
 * learner can read next to the control that caused it.
 */
import type { TensorLike } from './tensor';
import { formatShape, formatValue } from './format';

/**
 * Throws a `RangeError` with a message for the learner.
 *
 * @example
 * fail('stride must be at least 1'); // throws RangeError("stride must be at least 1")
 */
export function fail(message: string): never {
  throw new RangeError(message);
}

/**
 * Checks that a shape is a list of whole numbers ≥ 0.
 *
 * @example
 * checkShape([3, 5, 5], 'input'); // ok
 * checkShape([2.5], 'input');     // throws RangeError
 */
export function checkShape(shape: unknown, name: string): asserts shape is readonly number[] {
  if (!Array.isArray(shape)) fail(`the ${name} needs a shape such as [3, 5, 5]; got ${formatValue(shape)}`);
  for (let i = 0; i < shape.length; i++) {
    const d: unknown = shape[i];
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      fail(`every side of the ${name}'s shape must be a whole number ≥ 0; side ${i} is ${formatValue(d)}`);
    }
  }
}

/**
 * Checks that a value is a tensor `{ shape, data }` whose data length matches its shape.
 *
 * @example
 * checkTensor({ shape: [2, 2], data: [1, 2, 3, 4] }, 'input'); // ok
 * checkTensor({ shape: [2, 2], data: [1, 2, 3] }, 'input');    // throws: 4 values expected, 3 given
 */
export function checkTensor(t: unknown, name: string): asserts t is TensorLike {
  if (Array.isArray(t)) {
    fail(`the ${name} must be a tensor { shape, data }, not a nested array; use fromRows(...) to convert rows`);
  }
  if (t === null || typeof t !== 'object' || !('shape' in t) || !('data' in t)) {
    fail(`the ${name} must be a tensor { shape, data }; got ${formatValue(t)}`);
  }
  const { shape, data } = t as { shape: unknown; data: unknown };
  checkShape(shape, name);
  if (data === null || typeof data !== 'object' || typeof (data as ArrayLike<number>).length !== 'number') {
    fail(`the ${name}'s data must be an array of numbers`);
  }
  let n = 1;
  for (const d of shape) n *= d;
  const len = (data as ArrayLike<number>).length;
  if (len !== n) {
    fail(
      `the ${name} has shape ${formatShape(shape)}, which holds ${n} value${n === 1 ? '' : 's'}, ` +
        `but its data has ${len}`,
    );
  }
}

/** Turns a flat row-major position into one index per axis. */
function unravel(shape: readonly number[], flat: number): number[] {
  const idx = new Array<number>(shape.length);
  for (let a = shape.length - 1; a >= 0; a--) {
    idx[a] = flat % shape[a];
    flat = Math.floor(flat / shape[a]);
  }
  return idx;
}

/**
 * Checks that every value is a finite number (no NaN, no ±Infinity), naming the first bad cell.
 * `allowInfinity` lets ±Infinity through (max pooling and ReLU work with it); NaN never passes.
 *
 * @example
 * checkFinite({ shape: [2], data: [1, NaN] }, 'input', 'convolution');
 * // throws RangeError: the input holds NaN at [1]; convolution needs finite numbers
 */
export function checkFinite(t: TensorLike, name: string, what: string, allowInfinity = false): void {
  const d = t.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (typeof v !== 'number' || Number.isNaN(v) || (!allowInfinity && !Number.isFinite(v))) {
      fail(
        `the ${name} holds ${formatValue(v)} at [${unravel(t.shape, i).join(', ')}]; ` +
          `${what} needs ${allowInfinity ? 'numbers (NaN cannot be compared)' : 'finite numbers'}`,
      );
    }
  }
}

/**
 * Checks one list of indices against a shape and returns the flat row-major position.
 *
 * @example
 * checkIndex([2, 3], [1, 2]); // 5
 */
export function checkIndex(shape: readonly number[], index: readonly number[]): number {
  if (index.length !== shape.length) {
    fail(
      `a tensor of shape ${formatShape(shape)} needs ${shape.length} ind${shape.length === 1 ? 'ex' : 'ices'}, ` +
        `got ${index.length}`,
    );
  }
  let flat = 0;
  for (let a = 0; a < shape.length; a++) {
    const i = index[a];
    if (!Number.isInteger(i) || i < 0 || i >= shape[a]) {
      fail(`index ${formatValue(i)} on axis ${a} is outside 0…${shape[a] - 1} (shape ${formatShape(shape)})`);
    }
    flat = flat * shape[a] + i;
  }
  return flat;
}

/**
 * Checks a whole number ≥ `min` (1 by default) and returns it.
 *
 * @example
 * wholeNumber(2, 'stride');   // 2
 * wholeNumber(0, 'stride');   // throws: stride must be a whole number ≥ 1 (got 0)
 */
export function wholeNumber(v: unknown, name: string, min = 1): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    fail(`${name} must be a whole number ≥ ${min} (got ${formatValue(v)})`);
  }
  return v;
}

/**
 * Reads a number-or-pair option (stride, dilation, window size) as `[vertical, horizontal]`.
 *
 * @example
 * toPair(2, 'stride');      // [2, 2]
 * toPair([1, 3], 'stride'); // [1, 3]
 */
export function toPair(v: unknown, name: string, min = 1): [number, number] {
  if (Array.isArray(v)) {
    if (v.length !== 2) {
      fail(`${name} must be one number or a pair [vertical, horizontal]; got ${v.length} numbers`);
    }
    return [wholeNumber(v[0], `the vertical ${name}`, min), wholeNumber(v[1], `the horizontal ${name}`, min)];
  }
  const n = wholeNumber(v, name, min);
  return [n, n];
}

/**
 * Checks that a single number is finite.
 *
 * @example
 * finiteNumber(0, 'padValue'); // 0
 * finiteNumber(NaN, 'padValue'); // throws RangeError
 */
export function finiteNumber(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${name} must be a finite number (got ${formatValue(v)})`);
  return v;
}

/**
 * Returns the data as a `Float64Array`, without copying when it already is one.
 * Callers must never write into the result.
 *
 * @example
 * asFloat64([1, 2]); // Float64Array [1, 2]
 */
export function asFloat64(data: ArrayLike<number>): Float64Array {
  return data instanceof Float64Array ? data : Float64Array.from(data);
}

/**
 * Channels, height and width of an image tensor, and whether it came as `[H, W]`.
 *
 * @example
 * const d: ImageDims = { C: 1, H: 5, W: 5, rank: 2 };
 */
export interface ImageDims {
  C: number;
  H: number;
  W: number;
  rank: 2 | 3;
}

/**
 * Reads an image tensor `[C, H, W]` (or `[H, W]`, taken as one channel) and checks that it is
 * not empty.
 *
 * @example
 * imageDims({ shape: [3, 32, 32], data: new Float64Array(3072) }, 'input'); // { C: 3, H: 32, W: 32, rank: 3 }
 * imageDims({ shape: [5, 5], data: new Float64Array(25) }, 'input');         // { C: 1, H: 5, W: 5, rank: 2 }
 */
export function imageDims(t: TensorLike, name: string): ImageDims {
  checkTensor(t, name);
  const s = t.shape;
  let dims: ImageDims;
  if (s.length === 2) dims = { C: 1, H: s[0], W: s[1], rank: 2 };
  else if (s.length === 3) dims = { C: s[0], H: s[1], W: s[2], rank: 3 };
  else {
    fail(
      `the ${name} must be an image [channels, height, width] or [height, width]; ` +
        `got ${s.length}-D shape ${formatShape(s)}`,
    );
  }
  if (dims.C === 0 || dims.H === 0 || dims.W === 0) fail(`the ${name} is empty (shape ${formatShape(s)})`);
  return dims;
}
