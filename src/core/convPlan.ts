/*
 * Checks the arguments of a convolution once and works out every size, so that conv2d and
 * convSteps agree on them.
 */
import type { TensorLike } from './tensor';
import { type Padding, type Pads, describePads, resolvePadding } from './pad';
import { asFloat64, checkFinite, checkTensor, fail, finiteNumber, imageDims, toPair } from './validate';
import { formatShape, formatValue } from './format';

/**
 * Options of {@link conv2d} and {@link convSteps}.
 *
 * @example
 * const opts: ConvOptions = { stride: 2, padding: 'same', bias: [0.5] };
 */
export interface ConvOptions {
  /** One number per filter (length K), or one number for every filter. Default 0. */
  bias?: number | ArrayLike<number>;
  /** Step of the window, one number or `[vertical, horizontal]`. Default 1. */
  stride?: number | readonly [number, number];
  /** Border added before the window slides; see {@link Padding}. Default `'valid'`. */
  padding?: Padding;
  /** Gap between kernel cells, one number or `[vertical, horizontal]`; 1 = no gap. Default 1. */
  dilation?: number | readonly [number, number];
  /** Value of the padding cells. Default 0. */
  padValue?: number;
}

/**
 * Everything a convolution needs, checked. Internal to the core.
 *
 * @example
 * const plan: ConvPlan = planConv(image, kernel, { padding: 'same' });
 * [plan.outH, plan.outW]; // the output size
 */
export interface ConvPlan {
  C: number;
  H: number;
  W: number;
  K: number;
  kh: number;
  kw: number;
  stride: [number, number];
  dilation: [number, number];
  pads: Pads;
  padValue: number;
  /** Padded height and width. */
  Hp: number;
  Wp: number;
  outH: number;
  outW: number;
  /** Shape conv2d returns: `[K, outH, outW]`, or `[outH, outW]` for a single filter. */
  outShape: number[];
  /** Input values `[C, H, W]` (not padded). Never write into it. */
  x: Float64Array;
  /** Weights `[K, C, kh, kw]`. Never write into it. */
  w: Float64Array;
  bias: Float64Array;
}

/**
 * Sizes of a convolution, from {@link convGeometry}.
 *
 * @example
 * const g: ConvGeometry = convGeometry(5, 5, 3, 3, { stride: 2, padding: 1 });
 * // { stride: [2, 2], dilation: [1, 1], pads: padding 1, Hp: 7, Wp: 7, outH: 3, outW: 3 }
 */
export interface ConvGeometry {
  stride: [number, number];
  dilation: [number, number];
  pads: Pads;
  /** Padded height and width. */
  Hp: number;
  Wp: number;
  outH: number;
  outW: number;
}

/**
 * Works out stride, dilation, padding and output size of a convolution of an `H × W` input with
 * a `kh × kw` kernel, and checks that the (dilated) kernel fits in the padded input.
 *
 * @example
 * convGeometry(28, 28, 5, 5, { padding: 2 }).outH; // 28
 * convGeometry(3, 3, 5, 5, {});
 * // throws RangeError: the 5×5 kernel does not fit in the 3×3 input with padding 0
 */
export function convGeometry(
  H: number,
  W: number,
  kh: number,
  kw: number,
  opts: Pick<ConvOptions, 'stride' | 'dilation' | 'padding'>,
): ConvGeometry {
  const stride = toPair(opts.stride ?? 1, 'stride');
  const dilation = toPair(opts.dilation ?? 1, 'dilation');
  const effH = (kh - 1) * dilation[0] + 1;
  const effW = (kw - 1) * dilation[1] + 1;
  const pads = resolvePadding(opts.padding, [H, W], [effH, effW], stride);
  const Hp = H + pads.top + pads.bottom;
  const Wp = W + pads.left + pads.right;
  if (effH > Hp || effW > Wp) {
    const spans = effH !== kh || effW !== kw ? ` with dilation ${dilation.join('×')} spans ${effH}×${effW} and` : '';
    fail(`the ${kh}×${kw} kernel${spans} does not fit in the ${H}×${W} input with ${describePads(pads)}`);
  }
  const outH = Math.floor((Hp - effH) / stride[0]) + 1;
  const outW = Math.floor((Wp - effW) / stride[1]) + 1;
  return { stride, dilation, pads, Hp, Wp, outH, outW };
}

/**
 * Checks input, weights and options of a convolution and works out all sizes.
 * Weights: `[K, C, kh, kw]` for K filters; `[C, kh, kw]` or `[kh, kw]` for a single filter,
 * which makes the output a single 2-D map.
 *
 * @example
 * const plan = planConv({ shape: [1, 5, 5], data: new Float64Array(25) },
 *                       { shape: [3, 3], data: new Float64Array(9) }, { padding: 1 });
 * plan.outShape; // [5, 5]
 */
export function planConv(input: TensorLike, weights: TensorLike, opts: ConvOptions = {}): ConvPlan {
  if (opts === null || typeof opts !== 'object') fail('the convolution options must be an object such as { stride: 1 }');
  const { C, H, W } = imageDims(input, 'input');
  checkTensor(weights, 'kernel');
  const ws = weights.shape;
  let K: number, Cw: number, kh: number, kw: number;
  const single = ws.length !== 4;
  if (ws.length === 2) [K, Cw, kh, kw] = [1, 1, ws[0], ws[1]];
  else if (ws.length === 3) [K, Cw, kh, kw] = [1, ws[0], ws[1], ws[2]];
  else if (ws.length === 4) [K, Cw, kh, kw] = [ws[0], ws[1], ws[2], ws[3]];
  else {
    return fail(
      `the kernel must have shape [kh, kw], [channels, kh, kw] or [filters, channels, kh, kw]; ` +
        `got ${ws.length}-D shape ${formatShape(ws)}`,
    );
  }
  if (K === 0 || Cw === 0 || kh === 0 || kw === 0) fail(`the kernel is empty (shape ${formatShape(ws)})`);
  if (Cw !== C) {
    if (ws.length === 2) {
      fail(
        `a single ${kh}×${kw} kernel works on a one-channel image, but the input has ${C} channels; ` +
          `give the kernel one ${kh}×${kw} slice per channel: shape [${C}, ${kh}, ${kw}]`,
      );
    }
    fail(
      `the kernel has ${Cw} channel${Cw === 1 ? '' : 's'} but the input has ${C}; ` +
        `a filter needs one kernel slice per input channel`,
    );
  }
  const padValue = finiteNumber(opts.padValue ?? 0, 'the padding value');
  const { stride, dilation, pads, Hp, Wp, outH, outW } = convGeometry(H, W, kh, kw, opts);

  const bias = new Float64Array(K);
  const b = opts.bias;
  if (typeof b === 'number') bias.fill(finiteNumber(b, 'the bias'));
  else if (b !== undefined) {
    if (b === null || typeof b !== 'object' || typeof b.length !== 'number') {
      fail(`the bias must be a number or one number per filter; got ${formatValue(b)}`);
    }
    if (b.length !== K) {
      fail(`there ${K === 1 ? 'is 1 filter' : `are ${K} filters`} but ${b.length} bias values; give one bias per filter`);
    }
    for (let k = 0; k < K; k++) bias[k] = finiteNumber(b[k], `bias ${k}`);
  }
  checkFinite(input, 'input', 'convolution');
  checkFinite(weights, 'kernel', 'convolution');
  return {
    C,
    H,
    W,
    K,
    kh,
    kw,
    stride,
    dilation,
    pads,
    padValue,
    Hp,
    Wp,
    outH,
    outW,
    outShape: single ? [outH, outW] : [K, outH, outW],
    x: asFloat64(input.data),
    w: asFloat64(weights.data),
    bias,
  };
}
