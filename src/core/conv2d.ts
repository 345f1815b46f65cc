import type { Tensor, TensorLike } from './tensor';
import { type ConvOptions, type ConvPlan, planConv } from './convPlan';
import { padPlanes } from './pad';

/*
 * The hot loops. For every output cell and channel the kernel cells are added in row-major
 * order starting from the first product, and the channel sums are added in channel order:
 * `((ch0) + ch1) + …`, then the bias. A trace that adds its products and sums in the same
 * order (as a learner reads them) gets exactly the same number.
 *
 * `first` says whether this is channel 0 (store) or a later channel (add).
 */

/** Any kernel: offsets of the kernel cells in the padded plane, precomputed. */
function channelGeneric(
  out: Float64Array, o0: number, xp: Float64Array, xOff: number, Wp: number,
  w: Float64Array, wOff: number, off: Int32Array, n: number,
  sh: number, sw: number, outH: number, outW: number, first: boolean,
): void {
  let o = o0;
  for (let oy = 0; oy < outH; oy++) {
    let base = xOff + oy * sh * Wp;
    for (let ox = 0; ox < outW; ox++, o++, base += sw) {
      let s = w[wOff] * xp[base];
      for (let t = 1; t < n; t++) s += w[wOff + t] * xp[base + off[t]];
      out[o] = first ? s : out[o] + s;
    }
  }
}

/** 3×3 kernel, fully unrolled (dilation allowed). */
function channel3x3(
  out: Float64Array, o0: number, xp: Float64Array, xOff: number, Wp: number,
  w: Float64Array, wOff: number, sh: number, sw: number, dh: number, dw: number,
  outH: number, outW: number, first: boolean,
): void {
  const w0 = w[wOff], w1 = w[wOff + 1], w2 = w[wOff + 2];
  const w3 = w[wOff + 3], w4 = w[wOff + 4], w5 = w[wOff + 5];
  const w6 = w[wOff + 6], w7 = w[wOff + 7], w8 = w[wOff + 8];
  const r1 = dh * Wp, r2 = 2 * dh * Wp, c1 = dw, c2 = 2 * dw;
  let o = o0;
  for (let oy = 0; oy < outH; oy++) {
    let b = xOff + oy * sh * Wp;
    for (let ox = 0; ox < outW; ox++, o++, b += sw) {
      let s = w0 * xp[b];
      s += w1 * xp[b + c1];
      s += w2 * xp[b + c2];
      s += w3 * xp[b + r1];
      s += w4 * xp[b + r1 + c1];
      s += w5 * xp[b + r1 + c2];
      s += w6 * xp[b + r2];
      s += w7 * xp[b + r2 + c1];
      s += w8 * xp[b + r2 + c2];
      out[o] = first ? s : out[o] + s;
    }
  }
}

/** 5×5 kernel, fully unrolled (dilation allowed). */
function channel5x5(
  out: Float64Array, o0: number, xp: Float64Array, xOff: number, Wp: number,
  w: Float64Array, wOff: number, sh: number, sw: number, dh: number, dw: number,
  outH: number, outW: number, first: boolean,
): void {
  const w0 = w[wOff + 0], w1 = w[wOff + 1], w2 = w[wOff + 2], w3 = w[wOff + 3], w4 = w[wOff + 4];
  const w5 = w[wOff + 5], w6 = w[wOff + 6], w7 = w[wOff + 7], w8 = w[wOff + 8], w9 = w[wOff + 9];
  const w10 = w[wOff + 10], w11 = w[wOff + 11], w12 = w[wOff + 12], w13 = w[wOff + 13], w14 = w[wOff + 14];
  const w15 = w[wOff + 15], w16 = w[wOff + 16], w17 = w[wOff + 17], w18 = w[wOff + 18], w19 = w[wOff + 19];
  const w20 = w[wOff + 20], w21 = w[wOff + 21], w22 = w[wOff + 22], w23 = w[wOff + 23], w24 = w[wOff + 24];
  const r1 = dh * Wp, r2 = 2 * r1, r3 = 3 * r1, r4 = 4 * r1;
  const c1 = dw, c2 = 2 * dw, c3 = 3 * dw, c4 = 4 * dw;
  let o = o0;
  for (let oy = 0; oy < outH; oy++) {
    let b = xOff + oy * sh * Wp;
    for (let ox = 0; ox < outW; ox++, o++, b += sw) {
      let s = w0 * xp[b];
      s += w1 * xp[b + c1];
      s += w2 * xp[b + c2];
      s += w3 * xp[b + c3];
      s += w4 * xp[b + c4];
      s += w5 * xp[b + r1];
      s += w6 * xp[b + r1 + c1];
      s += w7 * xp[b + r1 + c2];
      s += w8 * xp[b + r1 + c3];
      s += w9 * xp[b + r1 + c4];
      s += w10 * xp[b + r2];
      s += w11 * xp[b + r2 + c1];
      s += w12 * xp[b + r2 + c2];
      s += w13 * xp[b + r2 + c3];
      s += w14 * xp[b + r2 + c4];
      s += w15 * xp[b + r3];
      s += w16 * xp[b + r3 + c1];
      s += w17 * xp[b + r3 + c2];
      s += w18 * xp[b + r3 + c3];
      s += w19 * xp[b + r3 + c4];
      s += w20 * xp[b + r4];
      s += w21 * xp[b + r4 + c1];
      s += w22 * xp[b + r4 + c2];
      s += w23 * xp[b + r4 + c3];
      s += w24 * xp[b + r4 + c4];
      out[o] = first ? s : out[o] + s;
    }
  }
}

/**
 * Runs a checked plan (from `planConv`) and returns the output values `[K, outH, outW]`.
 * For each output cell the result is `((Σ_(i,j) channel 0) + (Σ_(i,j) channel 1) + …) + bias`,
 * summed in that order. Internal to the core: use {@link conv2d}.
 *
 * @example
 * runConv(planConv(fromRows([[1, 2], [3, 4]]), fromRows([[1, 1], [1, 1]]), { bias: 1 })); // Float64Array [11]
 */
export function runConv(plan: ConvPlan): Float64Array {
  const { C, H, W, K, kh, kw, pads, Hp, Wp, outH, outW, w, bias } = plan;
  const padded = pads.top + pads.bottom + pads.left + pads.right > 0;
  const xp = padded ? padPlanes(plan.x, C, H, W, pads, plan.padValue) : plan.x;
  const [sh, sw] = plan.stride;
  const [dh, dw] = plan.dilation;
  const plane = outH * outW;
  const out = new Float64Array(K * plane);
  const inPlane = Hp * Wp;
  const n = kh * kw;
  const off = new Int32Array(n);
  for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) off[i * kw + j] = i * dh * Wp + j * dw;
  for (let k = 0; k < K; k++) {
    const o0 = k * plane;
    for (let c = 0; c < C; c++) {
      const wOff = (k * C + c) * n;
      const xOff = c * inPlane;
      const first = c === 0;
      if (kh === 3 && kw === 3) channel3x3(out, o0, xp, xOff, Wp, w, wOff, sh, sw, dh, dw, outH, outW, first);
      else if (kh === 5 && kw === 5) channel5x5(out, o0, xp, xOff, Wp, w, wOff, sh, sw, dh, dw, outH, outW, first);
      else channelGeneric(out, o0, xp, xOff, Wp, w, wOff, off, n, sh, sw, outH, outW, first);
    }
    // always added, so that a sum of −0 becomes 0 and the result is exactly sum + bias
    const b = bias[k];
    for (let p = o0; p < o0 + plane; p++) out[p] += b;
  }
  return out;
}

/**
 * 2-D convolution as CNNs use it (cross-correlation: the kernel is not flipped), over all
 * input channels, plus one bias per filter.
 *
 * - input: `[C, H, W]`, or `[H, W]` for one channel;
 * - weights: `[K, C, kh, kw]` (K filters) → output `[K, outH, outW]`;
 *   a single filter `[C, kh, kw]` or `[kh, kw]` → output `[outH, outW]`;
 * - `outH = floor((H + top + bottom - ((kh - 1)·dilation + 1)) / stride) + 1`, likewise `outW`.
 *
 * Throws a `RangeError` with a readable message for a channel mismatch, a kernel that does not
 * fit, stride/dilation that are not whole numbers ≥ 1, negative padding, non-finite values, etc.
 *
 * @example
 * // L09: the 5×5 image and the "X" kernel
 * const image = fromRows([[1,1,1,0,0],[0,1,1,1,0],[0,0,1,1,1],[0,0,1,1,0],[0,1,1,0,0]]);
 * const x = fromRows([[1,0,1],[0,1,0],[1,0,1]]);
 * toRows(conv2d(image, x));              // [[4,3,4],[2,4,3],[2,3,4]]
 * toRows(conv2d(image, x, { stride: 2 })); // [[4,4],[2,4]]
 * conv2d(image, x, { padding: 'same' }).shape; // [5, 5]
 */
export function conv2d(input: TensorLike, weights: TensorLike, opts: ConvOptions = {}): Tensor {
  const plan = planConv(input, weights, opts);
  return { shape: plan.outShape, data: runConv(plan) };
}
