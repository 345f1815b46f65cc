/*
 * The exact arithmetic of one activation cell of a trained convolution layer, computed by the
 * tensor core (src/core convSteps) from the model's real weights. tfjs stores a conv kernel as
 * [kh, kw, in, out] and feature maps as [H, W, C] (channels last); the core wants [K, C, kh, kw]
 * and [C, kh, kw] patches (channels first). These functions reorder, then the core does the sums.
 */
import { convSteps, resolvePadding, type ConvStep, type Pads } from '../core';

/** Activation functions a conv layer of our models can have. */
export type ActivationKind = 'relu' | 'linear' | 'sigmoid' | 'tanh';

/** A conv layer's learned parameters and settings, in the core's layout. */
export interface ConvLayerParams {
  /** The layer's name in the model (e.g. `conv2d_1`). */
  name: string;
  /** Kernel rows and columns, input channels C, filters K. */
  kh: number;
  kw: number;
  C: number;
  K: number;
  /** `[K, C, kh, kw]`, row-major. */
  kernel: Float64Array;
  /** One per filter. */
  bias: Float64Array;
  stride: [number, number];
  padding: 'same' | 'valid';
  activation: ActivationKind;
}

/**
 * Reorders a tfjs conv kernel `[kh, kw, C, K]` into the core's `[K, C, kh, kw]`.
 *
 * @example
 * // kh = kw = 1, C = 2, K = 3: tfjs [c0k0, c0k1, c0k2, c1k0, c1k1, c1k2]
 * tfjsKernelToCore([1, 2, 3, 4, 5, 6], 1, 1, 2, 3); // Float64Array [1, 4, 2, 5, 3, 6]
 */
export function tfjsKernelToCore(data: ArrayLike<number>, kh: number, kw: number, C: number, K: number): Float64Array {
  if (data.length !== kh * kw * C * K) {
    throw new RangeError(`a ${kh}×${kw} kernel with ${C} input and ${K} output channels has ${kh * kw * C * K} weights, not ${data.length}`);
  }
  const out = new Float64Array(data.length);
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      for (let c = 0; c < C; c++) {
        for (let k = 0; k < K; k++) out[((k * C + c) * kh + i) * kw + j] = data[((i * kw + j) * C + c) * K + k];
      }
    }
  }
  return out;
}

/**
 * Applies a layer's activation function.
 *
 * @example
 * applyActivation('relu', -0.3); // 0
 */
export function applyActivation(kind: ActivationKind, z: number): number {
  switch (kind) {
    case 'relu':
      return z > 0 ? z : 0;
    case 'sigmoid':
      return 1 / (1 + Math.exp(-z));
    case 'tanh':
      return Math.tanh(z);
    default:
      return z;
  }
}

/** Everything that goes into one activation cell. */
export interface CellArithmetic {
  /** The core's trace of this cell: patch, kernel, products `[C, kh, kw]`, channel sums, sum, bias, result (= z). */
  step: ConvStep;
  /** Per kernel cell (row-major): true where it lies on the zero padding. */
  isPadding: boolean[];
  /** Top-left of the window in input coordinates (negative inside the top/left padding). */
  origin: { row: number; col: number };
  /** Padding of the layer on each side. */
  pads: Pads;
  /** z = Σ products + bias. */
  z: number;
  /** The activation function applied to z: the value of the cell. */
  value: number;
}

/**
 * The arithmetic of output cell (`row`, `col`) of filter `k`: the input patch under the window
 * (all input channels), the filter's kernel slices, the products, the sums, the bias and the
 * activation. `input` is the layer's input as tfjs gives it, channels last `[H, W, C]`.
 *
 * @example
 * const a = convCellArithmetic({ data: conv1Input, H: 28, W: 28 }, conv2Params, 3, 5, 7);
 * a.value; // equals the tfjs activation of filter 3 at (5, 7), up to float32 rounding
 */
export function convCellArithmetic(
  input: { data: ArrayLike<number>; H: number; W: number },
  layer: ConvLayerParams,
  k: number,
  row: number,
  col: number,
): CellArithmetic {
  const { H, W } = input;
  const { C, kh, kw, K, stride } = layer;
  if (input.data.length !== H * W * C) {
    throw new RangeError(`${layer.name} takes ${C} channel(s) of ${H}×${W} (${H * W * C} values); got ${input.data.length}`);
  }
  if (!Number.isInteger(k) || k < 0 || k >= K) throw new RangeError(`${layer.name} has filters 0…${K - 1}, not ${k}`);
  const pads = resolvePadding(layer.padding, [H, W], [kh, kw], stride);
  const outH = Math.floor((H + pads.top + pads.bottom - kh) / stride[0]) + 1;
  const outW = Math.floor((W + pads.left + pads.right - kw) / stride[1]) + 1;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= outH || col >= outW) {
    throw new RangeError(`${layer.name}'s maps are ${outH}×${outW}; (${row}, ${col}) is outside`);
  }
  const r0 = row * stride[0] - pads.top;
  const c0 = col * stride[1] - pads.left;
  const patch = new Float64Array(C * kh * kw);
  const isPadding: boolean[] = [];
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const r = r0 + i;
      const c = c0 + j;
      const outside = r < 0 || r >= H || c < 0 || c >= W;
      isPadding.push(outside);
      if (outside) continue;
      for (let ch = 0; ch < C; ch++) patch[(ch * kh + i) * kw + j] = input.data[(r * W + c) * C + ch];
    }
  }
  const n = C * kh * kw;
  const filter = layer.kernel.subarray(k * n, (k + 1) * n);
  const trace = convSteps({ shape: [C, kh, kw], data: patch }, { shape: [1, C, kh, kw], data: filter }, { bias: [layer.bias[k]] });
  const step = trace.steps[0];
  return {
    step,
    isPadding,
    origin: { row: r0, col: c0 },
    pads,
    z: step.result,
    value: applyActivation(layer.activation, step.result),
  };
}
