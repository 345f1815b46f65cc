/*
 * Checks the arguments of a pooling and works out, for every output row and column, which
 * input rows and columns its window covers, so that the pools and poolSteps agree.
 */
import type { TensorLike } from './tensor';
import { type Padding, type Pads, describePads, resolvePadding } from './pad';
import { asFloat64, checkFinite, fail, imageDims, toPair } from './validate';

/**
 * Options of {@link maxPool2d}, {@link avgPool2d} and {@link poolSteps}.
 *
 * @example
 * const opts: PoolOptions = { size: 2 };                      // 2×2 windows, stride 2
 * const overlap: PoolOptions = { size: 3, stride: 1 };        // L22
 * const ceil: PoolOptions = { size: 2, ceilMode: true };      // 5×5 → 3×3
 */
export interface PoolOptions {
  /** Window size, one number or `[height, width]`. */
  size: number | readonly [number, number];
  /** Step of the window, one number or `[vertical, horizontal]`. Default: the window size. */
  stride?: number | readonly [number, number];
  /** Border cells; they never count (see {@link Padding}). Default `'valid'`. */
  padding?: Padding;
  /**
   * Round the output size up instead of down: a last window that hangs off the end uses only
   * the real cells it covers. As in PyTorch, a last window that would start past the input
   * (and its left/top padding) is dropped.
   */
  ceilMode?: boolean;
}

/**
 * Everything a pooling needs, checked. Internal to the core.
 *
 * @example
 * const plan: PoolPlan = planPool(grid, { size: 2 }, 'max pooling', true);
 * plan.rowLo[1]; // 2: the second row of windows starts at input row 2
 */
export interface PoolPlan {
  C: number;
  H: number;
  W: number;
  size: [number, number];
  stride: [number, number];
  pads: Pads;
  ceilMode: boolean;
  outH: number;
  outW: number;
  outShape: number[];
  x: Float64Array;
  /** Window origin of each output row/column in input coordinates (may be negative). */
  rowOrigin: Int32Array;
  colOrigin: Int32Array;
  /** Real input rows/columns of each window: `[lo, hi)`, never empty. */
  rowLo: Int32Array;
  rowHi: Int32Array;
  colLo: Int32Array;
  colHi: Int32Array;
}

interface Axis {
  out: number;
  origin: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
}

function poolAxis(n: number, k: number, s: number, before: number, after: number, ceilMode: boolean, what: string): Axis {
  const span = n + before + after;
  let out = (ceilMode ? Math.ceil : Math.floor)((span - k) / s) + 1;
  if (ceilMode && (out - 1) * s >= n + before) out--;
  const origin = new Int32Array(out);
  const lo = new Int32Array(out);
  const hi = new Int32Array(out);
  for (let o = 0; o < out; o++) {
    const st = o * s - before;
    origin[o] = st;
    lo[o] = Math.max(0, st);
    hi[o] = Math.min(n, st + k);
    if (hi[o] <= lo[o]) {
      fail(
        `the window at output ${what} ${o} covers only padding, so it has no value to pool; ` +
          `use padding smaller than the window`,
      );
    }
  }
  return { out, origin, lo, hi };
}

/**
 * Windows of a pooling, from {@link poolGeometry}.
 *
 * @example
 * const g: PoolGeometry = poolGeometry(4, 4, { size: 2 });
 * [g.outH, g.outW]; // [2, 2]
 */
export type PoolGeometry = Omit<PoolPlan, 'C' | 'H' | 'W' | 'outShape' | 'x'>;

/**
 * Works out stride, padding, output size and every window of a pooling of an `H × W` input.
 * Throws a `RangeError` when the window does not fit or a window would cover only padding.
 *
 * @example
 * const g = poolGeometry(5, 5, { size: 2, ceilMode: true });
 * g.outH;  // 3
 * g.rowHi; // Int32Array [2, 4, 5]: the last window uses only row 4
 */
export function poolGeometry(H: number, W: number, opts: PoolOptions): PoolGeometry {
  if (opts === null || typeof opts !== 'object') fail('pooling needs options such as { size: 2 }');
  if (opts.size === undefined) fail('pooling needs a window size, e.g. { size: 2 }');
  const size = toPair(opts.size, 'the pooling window size');
  const stride = toPair(opts.stride ?? opts.size, 'stride');
  const ceilMode = opts.ceilMode === true;
  const pads = resolvePadding(opts.padding, [H, W], size, stride);
  if (size[0] > H + pads.top + pads.bottom || size[1] > W + pads.left + pads.right) {
    fail(`the ${size[0]}×${size[1]} pooling window does not fit in the ${H}×${W} input with ${describePads(pads)}`);
  }
  const rows = poolAxis(H, size[0], stride[0], pads.top, pads.bottom, ceilMode, 'row');
  const cols = poolAxis(W, size[1], stride[1], pads.left, pads.right, ceilMode, 'column');
  return {
    size,
    stride,
    pads,
    ceilMode,
    outH: rows.out,
    outW: cols.out,
    rowOrigin: rows.origin,
    colOrigin: cols.origin,
    rowLo: rows.lo,
    rowHi: rows.hi,
    colLo: cols.lo,
    colHi: cols.hi,
  };
}

/**
 * Checks input and options of a pooling and works out every window.
 * `name` is used in messages ("max pooling", "average pooling").
 *
 * @example
 * const plan = planPool({ shape: [4, 4], data: new Float64Array(16) }, { size: 2 }, 'max pooling', true);
 * plan.outShape; // [2, 2]
 */
export function planPool(input: TensorLike, opts: PoolOptions, name: string, allowInfinity: boolean): PoolPlan {
  if (opts === null || typeof opts !== 'object') fail(`${name} needs options such as { size: 2 }`);
  const { C, H, W, rank } = imageDims(input, 'input');
  if (opts.size === undefined) fail(`${name} needs a window size, e.g. { size: 2 }`);
  const g = poolGeometry(H, W, opts);
  checkFinite(input, 'input', name, allowInfinity);
  return {
    C,
    H,
    W,
    ...g,
    outShape: rank === 2 ? [g.outH, g.outW] : [C, g.outH, g.outW],
    x: asFloat64(input.data),
  };
}
