/*
 * The step-by-step trace of a max or average pooling, for views that render steps[i].
 */
import type { Tensor, TensorLike } from './tensor';
import type { Cell } from './convTrace';
import type { Pads } from './pad';
import { type PoolOptions, planPool } from './poolPlan';
import { avgPool2d, maxPool2d } from './pool';
import { fail } from './validate';
import { formatValue } from './format';

/**
 * Options of {@link poolSteps}: the pooling options plus which pooling.
 *
 * @example
 * const o: PoolStepOptions = { kind: 'max', size: 2 };
 */
export interface PoolStepOptions extends PoolOptions {
  kind: 'max' | 'avg';
}

/**
 * One output cell of a pooling. The window is `size[0] × size[1]` cells; cells that are not
 * real input (padding, or past the end with ceilMode) are flagged and hold NaN: they never
 * take part.
 *
 * @example
 * // L21 (a), max pooling, first step
 * step.patch.data; // Float64Array [3, 1, 8, 4]
 * step.argmax;     // { row: 1, col: 0 }
 * step.result;     // 8
 */
export interface PoolStep {
  /** Position in `steps` (output order: channel, then row, then column). */
  index: number;
  kind: 'max' | 'avg';
  /** Output cell: channel `c`, row, column. */
  c: number;
  row: number;
  col: number;
  /** Flat position of this cell in `output.data`. */
  outIndex: number;
  /** Top-left cell of the window in padded coordinates (rows/columns of `padded`). */
  origin: Cell;
  /** The same cell in input coordinates (negative inside the top/left padding). */
  inputOrigin: Cell;
  /** Padded-coordinate rows and columns of the window. */
  rows: number[];
  cols: number[];
  /** Values in the window, `[size[0], size[1]]`; NaN where the cell is not real. */
  patch: Tensor;
  /** Row-major flags: true where the window cell is padding or past the end. */
  isPadding: boolean[];
  /** Number of real cells in the window (the divisor of the average). */
  count: number;
  /** Average pooling: the sum of the real cells (row-major). Max pooling: null. */
  sum: number | null;
  /** Max pooling: where the maximum is, in input coordinates (the first one in row-major order). */
  argmax: Cell | null;
  /** Max pooling: the same cell as a row-major position in `patch`. */
  argmaxIndex: number | null;
  /** The pooled value, exactly `output.data[outIndex]`. */
  result: number;
}

/**
 * The whole trace of a pooling.
 *
 * @example
 * const t: PoolTrace = poolSteps(grid, { kind: 'avg', size: 2 });
 * t.steps.length === t.output.data.length; // true
 */
export interface PoolTrace {
  kind: 'max' | 'avg';
  /** The input as `[C, H, W]`. */
  input: Tensor;
  /**
   * The input inside its padding, `[C, Hp, Wp]`, extended past the bottom/right when a
   * ceilMode window hangs over the end; cells that are not real hold NaN.
   */
  padded: Tensor;
  size: [number, number];
  stride: [number, number];
  pads: Pads;
  ceilMode: boolean;
  /** The result, shaped as {@link maxPool2d} / {@link avgPool2d} return it. */
  output: Tensor;
  /** `[C, outH, outW]`, whatever the shape of `output`. */
  outShape: [number, number, number];
  steps: PoolStep[];
}

/**
 * Runs a max or average pooling and records every step, in output order (channel, row,
 * column). Same checks as {@link maxPool2d} / {@link avgPool2d}; `output` is exactly what they
 * return and `steps[i].result === output.data[steps[i].outIndex]`.
 *
 * @example
 * // L23: average of the top-right 2×2 block
 * const t = poolSteps(fromRows([[3,1,3,4],[8,4,9,2],[1,4,3,1],[1,2,2,0]]), { kind: 'avg', size: 2 });
 * t.steps[1].sum;    // 18
 * t.steps[1].count;  // 4
 * t.steps[1].result; // 4.5
 */
export function poolSteps(input: TensorLike, opts: PoolStepOptions): PoolTrace {
  if (opts === null || typeof opts !== 'object') fail("poolSteps needs options such as { kind: 'max', size: 2 }");
  const kind = opts.kind;
  if (kind !== 'max' && kind !== 'avg') fail(`the pooling kind must be 'max' or 'avg' (got ${formatValue(kind)})`);
  const isMax = kind === 'max';
  const p = planPool(input, opts, isMax ? 'max pooling' : 'average pooling', isMax);
  const output = isMax ? maxPool2d(input, opts) : avgPool2d(input, opts);
  const { C, H, W, outH, outW, x, pads } = p;
  const [kh, kw] = p.size;
  const [sh, sw] = p.stride;
  const Hp = Math.max(H + pads.top + pads.bottom, (outH - 1) * sh + kh);
  const Wp = Math.max(W + pads.left + pads.right, (outW - 1) * sw + kw);
  const padded = new Float64Array(C * Hp * Wp).fill(NaN);
  for (let c = 0; c < C; c++) {
    for (let r = 0; r < H; r++) {
      padded.set(x.subarray((c * H + r) * W, (c * H + r + 1) * W), (c * Hp + r + pads.top) * Wp + pads.left);
    }
  }
  const steps: PoolStep[] = [];
  for (let c = 0; c < C; c++) {
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++) {
        const origin = { row: oy * sh, col: ox * sw };
        const rows = Array.from({ length: kh }, (_, i) => origin.row + i);
        const cols = Array.from({ length: kw }, (_, j) => origin.col + j);
        const patch = new Float64Array(kh * kw);
        const isPadding: boolean[] = [];
        let count = 0;
        let sum = 0;
        let best = -1;
        for (let i = 0; i < kh; i++) {
          for (let j = 0; j < kw; j++) {
            const r = rows[i] - pads.top;
            const q = cols[j] - pads.left;
            const real = r >= 0 && r < H && q >= 0 && q < W;
            const t = i * kw + j;
            isPadding.push(!real);
            patch[t] = real ? x[(c * H + r) * W + q] : NaN;
            if (!real) continue;
            count++;
            sum += patch[t];
            if (best < 0 || patch[t] > patch[best]) best = t;
          }
        }
        const outIndex = (c * outH + oy) * outW + ox;
        const inputOrigin = { row: origin.row - pads.top, col: origin.col - pads.left };
        steps.push({
          index: steps.length,
          kind,
          c,
          row: oy,
          col: ox,
          outIndex,
          origin,
          inputOrigin,
          rows,
          cols,
          patch: { shape: [kh, kw], data: patch },
          isPadding,
          count,
          sum: isMax ? null : sum,
          argmax: isMax ? { row: inputOrigin.row + Math.floor(best / kw), col: inputOrigin.col + (best % kw) } : null,
          argmaxIndex: isMax ? best : null,
          result: isMax ? patch[best] : sum / count,
        });
      }
    }
  }
  return {
    kind,
    input: { shape: [C, H, W], data: Float64Array.from(x) },
    padded: { shape: [C, Hp, Wp], data: padded },
    size: [kh, kw],
    stride: [sh, sw],
    pads: { ...pads },
    ceilMode: p.ceilMode,
    output,
    outShape: [C, outH, outW],
    steps,
  };
}
