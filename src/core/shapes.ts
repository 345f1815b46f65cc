/*
 * Shape and cost arithmetic of convolution and dense layers, as the lessons write it.
 */
import { fail, wholeNumber } from './validate';

/**
 * Result of {@link convOutputSize}.
 *
 * @example
 * const r: ConvOutputSize = { exact: 3.5, size: 3, isWhole: false, uncovered: 1 };
 */
export interface ConvOutputSize {
  /** `(D − F_eff + 2P) / S + 1`, possibly fractional. */
  exact: number;
  /** The number of window positions, `floor(exact)`. */
  size: number;
  /** Whether the formula gives a whole number, i.e. the windows end exactly at the border. */
  isWhole: boolean;
  /** Rows/columns at the end (of the padded input) that no window reaches. */
  uncovered: number;
}

/**
 * Output side of a convolution or pooling: `(D − F + 2P) / S + 1`, where with dilation `d`
 * the kernel spans `F_eff = (F − 1)·d + 1`. When the stride does not divide evenly the formula
 * is fractional; the output keeps `floor` of it and the last `uncovered` rows are never used.
 * Throws a `RangeError` when the kernel does not fit.
 *
 * @example
 * convOutputSize(28, 5, 2, 1); // { exact: 28, size: 28, isWhole: true, uncovered: 0 }  (L17)
 * convOutputSize(6, 3, 1, 2);  // { exact: 3.5, size: 3, isWhole: false, uncovered: 1 } (L18, odd)
 * convOutputSize(7, 3, 0, 1, 2); // dilation 2: F_eff = 5 → { exact: 3, size: 3, ... }
 */
export function convOutputSize(D: number, F: number, P: number, S: number, dilation = 1): ConvOutputSize {
  wholeNumber(D, 'the input size D');
  wholeNumber(F, 'the filter size F');
  wholeNumber(P, 'the padding P', 0);
  wholeNumber(S, 'the stride S');
  wholeNumber(dilation, 'the dilation');
  const Feff = (F - 1) * dilation + 1;
  const span = D + 2 * P;
  if (Feff > span) {
    const spans = dilation > 1 ? ` with dilation ${dilation} spans ${Feff} and` : '';
    fail(`the filter of size ${F}${spans} does not fit in an input of size ${D} with padding ${P}`);
  }
  const exact = (span - Feff) / S + 1;
  const size = Math.floor(exact);
  return { exact, size, isWhole: Number.isInteger(exact), uncovered: span - ((size - 1) * S + Feff) };
}

/**
 * Sizes of a convolution layer for the counts below.
 *
 * @example
 * const c: ConvCounts = { kh: 5, kw: 5, inC: 3, outC: 6, outH: 28, outW: 28 };
 */
export interface ConvCounts {
  kh: number;
  kw: number;
  inC: number;
  outC: number;
  /** One bias per filter (default true). */
  bias?: boolean;
  /** Output height and width; needed by {@link convMults} only. */
  outH?: number;
  outW?: number;
}

/**
 * Learnable parameters of a convolution layer: `(kh·kw·inC + 1)·outC` with biases,
 * `kh·kw·inC·outC` without.
 *
 * @example
 * convParams({ kh: 5, kw: 5, inC: 3, outC: 6, bias: false }); // 450   (L03)
 * convParams({ kh: 5, kw: 5, inC: 3, outC: 10 });              // 760   (L17)
 * convParams({ kh: 3, kw: 3, inC: 32, outC: 64 });             // 18496 (L26)
 */
export function convParams(c: ConvCounts): number {
  const kh = wholeNumber(c.kh, 'kh');
  const kw = wholeNumber(c.kw, 'kw');
  const inC = wholeNumber(c.inC, 'inC');
  const outC = wholeNumber(c.outC, 'outC');
  return (kh * kw * inC + (c.bias === false ? 0 : 1)) * outC;
}

/**
 * Multiplications of a convolution layer: every output cell is a `kh·kw·inC` dot product,
 * so `kh·kw·inC · outC·outH·outW` (the bias is an addition, not counted).
 *
 * @example
 * convMults({ kh: 5, kw: 5, inC: 3, outC: 6, outH: 28, outW: 28 });     // 352800      (L03)
 * convMults({ kh: 5, kw: 5, inC: 480, outC: 48, outH: 14, outW: 14 });  // 112896000   (L20)
 * convMults({ kh: 1, kw: 1, inC: 480, outC: 16, outH: 14, outW: 14 });  // 1505280     (L20)
 */
export function convMults(c: ConvCounts): number {
  if (c.outH === undefined || c.outW === undefined) fail('convMults needs the output size: give outH and outW');
  const outH = wholeNumber(c.outH, 'outH', 0);
  const outW = wholeNumber(c.outW, 'outW', 0);
  return convParams({ ...c, bias: false }) * outH * outW;
}

/**
 * Sizes of a dense layer for the counts below.
 *
 * @example
 * const d: DenseCounts = { inputs: 9216, outputs: 128 };
 */
export interface DenseCounts {
  inputs: number;
  outputs: number;
  /** One bias per output (default true). */
  bias?: boolean;
}

function readDense(a: DenseCounts | number, outputs: number | undefined, bias: boolean | undefined): Required<DenseCounts> {
  const c: DenseCounts = typeof a === 'number' ? { inputs: a, outputs: outputs ?? NaN, bias } : a;
  if (c === null || typeof c !== 'object') fail('give the dense layer sizes as { inputs, outputs }');
  return {
    inputs: wholeNumber(c.inputs, 'the number of inputs'),
    outputs: wholeNumber(c.outputs, 'the number of outputs'),
    bias: c.bias !== false,
  };
}

/**
 * Learnable parameters of a dense layer: `inputs·outputs + outputs` (without the bias term
 * when `bias` is false). Call as `denseParams({ inputs, outputs, bias })` or
 * `denseParams(inputs, outputs, bias?)`.
 *
 * @example
 * denseParams({ inputs: 9216, outputs: 128 });            // 1179776  (L26)
 * denseParams(128, 10);                                    // 1290     (L26)
 * denseParams({ inputs: 3072, outputs: 4704, bias: false }); // 14450688 (L03)
 */
export function denseParams(c: DenseCounts | number, outputs?: number, bias?: boolean): number {
  const d = readDense(c, outputs, bias);
  return d.inputs * d.outputs + (d.bias ? d.outputs : 0);
}

/**
 * Multiplications of a dense layer: one per weight, `inputs·outputs`. Call as
 * `denseMults({ inputs, outputs })` or `denseMults(inputs, outputs)`.
 *
 * @example
 * denseMults(3072, 4704); // 14450688 (L03: ≈ 14.5M)
 */
export function denseMults(c: DenseCounts | number, outputs?: number): number {
  const d = readDense(c, outputs, false);
  return d.inputs * d.outputs;
}
