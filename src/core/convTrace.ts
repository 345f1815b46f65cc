/*
 * The step-by-step trace of a convolution, for views that render steps[i] and never compute.
 */
import type { Tensor, TensorLike } from './tensor';
import { type ConvOptions, planConv } from './convPlan';
import { runConv } from './conv2d';
import { type Pads, padPlanes } from './pad';

/**
 * A cell position, zero-based, top row first.
 *
 * @example
 * const topLeft: Cell = { row: 0, col: 0 };
 */
export interface Cell {
  row: number;
  col: number;
}

/**
 * One output cell of a convolution, with every number that goes into it.
 * Grids are `[C, kh, kw]` tensors, row-major: cell `(c, i, j)` is at `c·kh·kw + i·kw + j`.
 *
 * @example
 * // L11, the first step of the RGB example
 * step.channelSums; // [308, -498, 164]
 * step.sum;         // -26
 * step.bias;        // 1
 * step.result;      // -25
 */
export interface ConvStep {
  /** Position in `steps` (output order: filter, then row, then column). */
  index: number;
  /** Output cell: filter `k`, row, column. */
  k: number;
  row: number;
  col: number;
  /** Flat position of this cell in `output.data`. */
  outIndex: number;
  /** Top-left cell of the window in padded coordinates (rows/columns of `padded`). */
  origin: Cell;
  /** The same cell in input coordinates (negative inside the top/left padding). */
  inputOrigin: Cell;
  /** Padded-coordinate rows and columns the kernel cells sit on (spaced by the dilation). */
  rows: number[];
  cols: number[];
  /** Values under the kernel, `[C, kh, kw]`, padding values included. */
  patch: Tensor;
  /** `kh·kw` flags, row-major: true where the kernel cell lies on padding (same for every channel). */
  isPadding: boolean[];
  /** The kernel slice of filter `k`, `[C, kh, kw]`. */
  kernel: Tensor;
  /** `patch × kernel`, cell by cell, `[C, kh, kw]`. */
  products: Tensor;
  /** Sum of the products of each channel (added in row-major order), length C. */
  channelSums: number[];
  /** Sum of the channel sums, in channel order. */
  sum: number;
  bias: number;
  /** `sum + bias`, exactly the value of `output.data[outIndex]`. */
  result: number;
}

/**
 * The whole trace of a convolution.
 *
 * @example
 * const t: ConvTrace = convSteps(image, kernel, { padding: 1 });
 * t.steps.length === t.output.data.length; // true
 */
export interface ConvTrace {
  /** The input as `[C, H, W]`. */
  input: Tensor;
  /** The padded input, `[C, H + top + bottom, W + left + right]`. */
  padded: Tensor;
  /** The weights as `[K, C, kh, kw]`. */
  weights: Tensor;
  bias: number[];
  stride: [number, number];
  dilation: [number, number];
  pads: Pads;
  padValue: number;
  /** The result, shaped as {@link conv2d} returns it. */
  output: Tensor;
  /** `[K, outH, outW]`, whatever the shape of `output`. */
  outShape: [number, number, number];
  steps: ConvStep[];
}

/**
 * Runs a convolution and records every step, in output order (filter, row, column). Takes the
 * same arguments as {@link conv2d} and checks them the same way. `output` is exactly what
 * `conv2d` returns and `steps[i].result === output.data[steps[i].outIndex]`.
 *
 * @example
 * // L09, variant A, first step
 * const t = convSteps(fromRows([[1,1,1,0,0],[0,1,1,1,0],[0,0,1,1,1],[0,0,1,1,0],[0,1,1,0,0]]),
 *                     fromRows([[1,0,1],[0,1,0],[1,0,1]]));
 * t.steps[0].products.data; // Float64Array [1,0,1, 0,1,0, 0,0,1]
 * t.steps[0].result;        // 4
 * t.steps.length;           // 9
 */
export function convSteps(input: TensorLike, weights: TensorLike, opts: ConvOptions = {}): ConvTrace {
  const plan = planConv(input, weights, opts);
  const { C, H, W, K, kh, kw, pads, Hp, Wp, outH, outW, w, bias } = plan;
  const [sh, sw] = plan.stride;
  const [dh, dw] = plan.dilation;
  const out = runConv(plan);
  const xp = padPlanes(plan.x, C, H, W, pads, plan.padValue);
  const n = kh * kw;
  const steps: ConvStep[] = [];
  for (let k = 0; k < K; k++) {
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++) {
        const origin = { row: oy * sh, col: ox * sw };
        const rows = Array.from({ length: kh }, (_, i) => origin.row + i * dh);
        const cols = Array.from({ length: kw }, (_, j) => origin.col + j * dw);
        const isPadding: boolean[] = [];
        for (const r of rows) {
          for (const q of cols) isPadding.push(r < pads.top || r >= pads.top + H || q < pads.left || q >= pads.left + W);
        }
        const patch = new Float64Array(C * n);
        const kernel = w.slice(k * C * n, (k + 1) * C * n);
        const products = new Float64Array(C * n);
        const channelSums: number[] = [];
        let sum = 0;
        for (let c = 0; c < C; c++) {
          let s = 0;
          for (let i = 0; i < kh; i++) {
            for (let j = 0; j < kw; j++) {
              const t = c * n + i * kw + j;
              patch[t] = xp[(c * Hp + rows[i]) * Wp + cols[j]];
              products[t] = kernel[t] * patch[t] + 0; // + 0 turns −0 into 0
              // start from the first product, as conv2d does, so the sums are bit-identical
              s = i === 0 && j === 0 ? products[t] : s + products[t];
            }
          }
          channelSums.push(s);
          sum = c === 0 ? s : sum + s;
        }
        const outIndex = (k * outH + oy) * outW + ox;
        steps.push({
          index: steps.length,
          k,
          row: oy,
          col: ox,
          outIndex,
          origin,
          inputOrigin: { row: origin.row - pads.top, col: origin.col - pads.left },
          rows,
          cols,
          patch: { shape: [C, kh, kw], data: patch },
          isPadding,
          kernel: { shape: [C, kh, kw], data: kernel },
          products: { shape: [C, kh, kw], data: products },
          channelSums,
          sum,
          bias: bias[k],
          result: sum + bias[k],
        });
      }
    }
  }
  return {
    input: { shape: [C, H, W], data: Float64Array.from(plan.x) },
    padded: { shape: [C, Hp, Wp], data: xp },
    weights: { shape: [K, C, kh, kw], data: Float64Array.from(w) },
    bias: Array.from(bias),
    stride: [sh, sw],
    dilation: [dh, dw],
    pads: { ...pads },
    padValue: plan.padValue,
    output: { shape: plan.outShape, data: out },
    outShape: [K, outH, outW],
    steps,
  };
}
