import type { Tensor, TensorLike } from './tensor';
import { asFloat64, fail, imageDims, wholeNumber } from './validate';
import { formatValue } from './format';

/**
 * How much border to add around an image before a window slides over it.
 *
 * - `'valid'`: none.
 * - `'same'`: as TensorFlow: the total is `max((ceil(in/s) - 1)·s + (k - 1)·d + 1 - in, 0)`,
 *   split with the extra row/column at the bottom/right, so that the output has `ceil(in/s)` cells.
 * - `'full'`: `(k - 1)·d` on every side (every input cell meets every kernel cell).
 * - a number: that many rows/columns on every side.
 * - `[top, bottom, left, right]`: each side separately.
 *
 * @example
 * const p: Padding = [0, 1, 0, 1]; // one extra row at the bottom and one extra column at the right
 */
export type Padding = 'valid' | 'same' | 'full' | number | readonly [number, number, number, number];

/**
 * Padding resolved to rows/columns per side.
 *
 * @example
 * const p: Pads = { top: 1, bottom: 1, left: 1, right: 1 }; // padding 1
 */
export interface Pads {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Turns a padding option into rows/columns per side, for an `inH × inW` input, an *effective*
 * kernel of `effH × effW` (that is `(k - 1)·d + 1` with dilation `d`) and a stride.
 * Throws a `RangeError` for negative, fractional or unknown padding.
 *
 * @example
 * resolvePadding('same', [5, 5], [3, 3], [1, 1]); // { top: 1, bottom: 1, left: 1, right: 1 }
 * resolvePadding('same', [4, 4], [2, 2], [1, 1]); // { top: 0, bottom: 1, left: 0, right: 1 }
 * resolvePadding('full', [5, 5], [3, 3], [1, 1]); // { top: 2, bottom: 2, left: 2, right: 2 }
 */
export function resolvePadding(
  padding: Padding | undefined,
  input: readonly [number, number],
  effectiveKernel: readonly [number, number],
  stride: readonly [number, number],
): Pads {
  if (padding === undefined || padding === 'valid') return { top: 0, bottom: 0, left: 0, right: 0 };
  if (padding === 'full') {
    const ph = effectiveKernel[0] - 1;
    const pw = effectiveKernel[1] - 1;
    return { top: ph, bottom: ph, left: pw, right: pw };
  }
  if (padding === 'same') {
    const total = (axis: 0 | 1) =>
      Math.max((Math.ceil(input[axis] / stride[axis]) - 1) * stride[axis] + effectiveKernel[axis] - input[axis], 0);
    const th = total(0);
    const tw = total(1);
    const top = Math.floor(th / 2);
    const left = Math.floor(tw / 2);
    return { top, bottom: th - top, left, right: tw - left };
  }
  return explicitPads(padding);
}

/**
 * Reads a numeric padding (one number, or `[top, bottom, left, right]`).
 *
 * @example
 * explicitPads(2);            // { top: 2, bottom: 2, left: 2, right: 2 }
 * explicitPads([0, 1, 2, 3]); // { top: 0, bottom: 1, left: 2, right: 3 }
 */
export function explicitPads(padding: unknown): Pads {
  if (typeof padding === 'number') {
    const p = wholeNumber(padding, 'padding', 0);
    return { top: p, bottom: p, left: p, right: p };
  }
  if (Array.isArray(padding)) {
    if (padding.length !== 4) {
      fail(`padding as a list must have four numbers [top, bottom, left, right]; got ${padding.length}`);
    }
    return {
      top: wholeNumber(padding[0], 'the top padding', 0),
      bottom: wholeNumber(padding[1], 'the bottom padding', 0),
      left: wholeNumber(padding[2], 'the left padding', 0),
      right: wholeNumber(padding[3], 'the right padding', 0),
    };
  }
  return fail(
    `padding must be 'valid', 'same', 'full', a whole number ≥ 0 or [top, bottom, left, right]; ` +
      `got ${formatValue(padding)}`,
  );
}

/**
 * Describes padding in words for messages and labels.
 *
 * @example
 * describePads({ top: 1, bottom: 1, left: 1, right: 1 }); // "padding 1"
 * describePads({ top: 0, bottom: 1, left: 0, right: 1 }); // "padding top 0, bottom 1, left 0, right 1"
 */
export function describePads(p: Pads): string {
  if (p.top === p.bottom && p.top === p.left && p.top === p.right) return `padding ${p.top}`;
  return `padding top ${p.top}, bottom ${p.bottom}, left ${p.left}, right ${p.right}`;
}

/**
 * Copies a `[C, H, W]` block into a bigger block filled with `value`. Internal, no checks:
 * use {@link pad}.
 *
 * @example
 * padPlanes(new Float64Array([5]), 1, 1, 1, { top: 1, bottom: 0, left: 0, right: 1 }, 0);
 * // Float64Array [0, 0, 5, 0]  (2×2)
 */
export function padPlanes(x: Float64Array, C: number, H: number, W: number, p: Pads, value: number): Float64Array {
  const Hp = H + p.top + p.bottom;
  const Wp = W + p.left + p.right;
  const out = new Float64Array(C * Hp * Wp);
  if (value !== 0) out.fill(value);
  for (let c = 0; c < C; c++) {
    for (let r = 0; r < H; r++) {
      const src = (c * H + r) * W;
      out.set(x.subarray(src, src + W), (c * Hp + r + p.top) * Wp + p.left);
    }
  }
  return out;
}

/**
 * Adds a border of `value` (0 by default) around an image `[C, H, W]` or `[H, W]`; the rank is kept.
 * `padding` is one number for every side or `[top, bottom, left, right]`.
 *
 * @example
 * pad(fromRows([[1, 2], [3, 4]]), 1);
 * // shape [4, 4]:
 * // 0 0 0 0
 * // 0 1 2 0
 * // 0 3 4 0
 * // 0 0 0 0
 * pad(fromRows([[1]]), [0, 1, 0, 0], -1); // shape [2, 1]: 1 / -1
 */
export function pad(input: TensorLike, padding: number | readonly [number, number, number, number], value = 0): Tensor {
  const { C, H, W, rank } = imageDims(input, 'input');
  if (typeof value !== 'number' || Number.isNaN(value)) fail(`the padding value must be a number (got ${formatValue(value)})`);
  const p = explicitPads(padding);
  const data = padPlanes(asFloat64(input.data), C, H, W, p, value);
  const Hp = H + p.top + p.bottom;
  const Wp = W + p.left + p.right;
  return { shape: rank === 2 ? [Hp, Wp] : [C, Hp, Wp], data };
}
