import type { Tensor, TensorLike } from './tensor';
import { type PoolOptions, planPool } from './poolPlan';
import { imageDims, checkFinite, asFloat64 } from './validate';

/**
 * Max pooling: the largest real value in each window, per channel. Padding cells never win
 * (as in TensorFlow and PyTorch). Input `[C, H, W]` or `[H, W]`; the rank is kept.
 * The stride defaults to the window size.
 *
 * @example
 * // L21 (a): 2×2 windows, stride 2
 * toRows(maxPool2d(fromRows([[3,1,3,4],[8,4,9,2],[1,4,3,1],[1,2,2,0]]), { size: 2 })); // [[8,9],[4,3]]
 * // L22: 3×3 windows, stride 1 on a 5×5 grid
 * const g = fromRows([[3,3,2,1,0],[0,0,1,3,1],[3,1,2,2,3],[2,0,0,2,2],[2,0,0,0,1]]);
 * toRows(maxPool2d(g, { size: 3, stride: 1 })); // [[3,3,3],[3,3,3],[3,2,3]]
 */
export function maxPool2d(input: TensorLike, opts: PoolOptions): Tensor {
  const p = planPool(input, opts, 'max pooling', true);
  const { C, H, W, outH, outW, x, rowLo, rowHi, colLo, colHi } = p;
  const out = new Float64Array(C * outH * outW);
  let o = 0;
  for (let c = 0; c < C; c++) {
    const base = c * H * W;
    for (let oy = 0; oy < outH; oy++) {
      const r0 = rowLo[oy], r1 = rowHi[oy];
      for (let ox = 0; ox < outW; ox++) {
        const q0 = colLo[ox], q1 = colHi[ox];
        let m = x[base + r0 * W + q0];
        for (let r = r0; r < r1; r++) {
          const row = base + r * W;
          for (let q = q0; q < q1; q++) if (x[row + q] > m) m = x[row + q];
        }
        out[o++] = m;
      }
    }
  }
  return { shape: p.outShape, data: out };
}

/**
 * Average pooling: the mean of the real values in each window, per channel. Padding cells and
 * cells past the end (ceilMode) are left out of both the sum and the count, as TensorFlow does
 * for `'same'`. Input `[C, H, W]` or `[H, W]`; the rank is kept. The stride defaults to the size.
 *
 * @example
 * // L23: 2×2 average pooling, stride 2 (the same as a stride-2 convolution with an all-¼ kernel)
 * toRows(avgPool2d(fromRows([[3,1,3,4],[8,4,9,2],[1,4,3,1],[1,2,2,0]]), { size: 2 })); // [[4,4.5],[2,1.5]]
 * // 'same' on a 3×3 grid of ones stays all ones (padding is not averaged in)
 * avgPool2d(tensor([3, 3], new Array(9).fill(1)), { size: 2, stride: 1, padding: 'same' }); // all 1
 */
export function avgPool2d(input: TensorLike, opts: PoolOptions): Tensor {
  const p = planPool(input, opts, 'average pooling', false);
  const { C, H, W, outH, outW, x, rowLo, rowHi, colLo, colHi } = p;
  const out = new Float64Array(C * outH * outW);
  let o = 0;
  for (let c = 0; c < C; c++) {
    const base = c * H * W;
    for (let oy = 0; oy < outH; oy++) {
      const r0 = rowLo[oy], r1 = rowHi[oy];
      for (let ox = 0; ox < outW; ox++) {
        const q0 = colLo[ox], q1 = colHi[ox];
        let s = 0;
        for (let r = r0; r < r1; r++) {
          const row = base + r * W;
          for (let q = q0; q < q1; q++) s += x[row + q];
        }
        out[o++] = s / ((r1 - r0) * (q1 - q0));
      }
    }
  }
  return { shape: p.outShape, data: out };
}

/**
 * Global average pooling: the mean of each channel, `[C, H, W] → [C]` (an `[H, W]` image is one
 * channel and gives `[1]`). Values are added in row-major order, then divided by `H·W`.
 *
 * @example
 * // L23: the 4×4 grid of L21 (a) sums to 48, so its average is 3
 * globalAvgPool(fromRows([[3,1,3,4],[8,4,9,2],[1,4,3,1],[1,2,2,0]])); // { shape: [1], data: [3] }
 * globalAvgPool(tensor([2, 1, 2], [1, 3, 10, 20])).data;              // Float64Array [2, 15]
 */
export function globalAvgPool(input: TensorLike): Tensor {
  const { C, H, W } = imageDims(input, 'input');
  checkFinite(input, 'input', 'global average pooling');
  const x = asFloat64(input.data);
  const n = H * W;
  const out = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let s = 0;
    for (let i = c * n, end = i + n; i < end; i++) s += x[i];
    out[c] = s / n;
  }
  return { shape: [C], data: out };
}
