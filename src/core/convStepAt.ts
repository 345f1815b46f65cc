/*
 * The arithmetic of ONE output cell of a convolution, without tracing the whole output: for a
 * large picture (128×128 has 16,384 outputs) a view asks only for the cell the learner clicked.
 */
import type { TensorLike } from './tensor';
import { type ConvOptions, planConv } from './convPlan';
import { type ConvStep, convSteps } from './convTrace';
import { fail } from './validate';

/**
 * The step of output cell (row, col) of filter `k`, exactly as `convSteps(input, weights, opts)`
 * would record it (same numbers, same positions, and `result` equal to conv2d's output there).
 * Only the window's own pixels are read: the rest of the input is not traced.
 *
 * @example
 * // L12: the sharpen kernel on the corner, top and left padding 1
 * convStepAt(fromRows(CORNER), fromRows(SHARPEN), { padding: [1, 0, 1, 0] }, 0, 0).result; // 320
 */
export function convStepAt(input: TensorLike, weights: TensorLike, opts: ConvOptions, row: number, col: number, k = 0): ConvStep {
  const plan = planConv(input, weights, opts);
  const { C, H, W, K, kh, kw, pads, outH, outW } = plan;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= outH || col >= outW) {
    fail(`output cell (${row}, ${col}) is outside the ${outH}×${outW} output`);
  }
  if (!Number.isInteger(k) || k < 0 || k >= K) fail(`filter ${k} does not exist: there are ${K}`);
  const [sh, sw] = plan.stride;
  const [dh, dw] = plan.dilation;
  const effH = (kh - 1) * dh + 1;
  const effW = (kw - 1) * dw + 1;
  const origin = { row: row * sh, col: col * sw };
  const r0 = origin.row - pads.top;
  const c0 = origin.col - pads.left;
  const ra = Math.max(0, r0);
  const rb = Math.min(H, r0 + effH);
  const ca = Math.max(0, c0);
  const cb = Math.min(W, c0 + effW);
  const outIndex = (k * outH + row) * outW + col;
  if (rb <= ra || cb <= ca) {
    // the window lies wholly on padding: trace the whole convolution (tiny inputs only get here)
    return convSteps(input, weights, opts).steps[outIndex];
  }
  const h = rb - ra;
  const w = cb - ca;
  const crop = new Float64Array(C * h * w);
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < h; i++) crop.set(plan.x.subarray((c * H + ra + i) * W + ca, (c * H + ra + i) * W + cb), (c * h + i) * w);
  }
  const cropPads = [ra - r0, r0 + effH - rb, ca - c0, c0 + effW - cb] as const;
  const t = convSteps({ shape: [C, h, w], data: crop }, weights, { ...opts, padding: cropPads, stride: 1 });
  const s = t.steps[k];
  return {
    ...s,
    index: outIndex,
    k,
    row,
    col,
    outIndex,
    origin,
    inputOrigin: { row: r0, col: c0 },
    rows: Array.from({ length: kh }, (_, i) => origin.row + i * dh),
    cols: Array.from({ length: kw }, (_, j) => origin.col + j * dw),
  };
}
