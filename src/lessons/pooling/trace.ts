/*
 * The pooling lesson as steps (L08, L21–L23): a window slides over a grid and keeps its maximum
 * (or its mean); global pooling takes the whole grid as one window; average pooling equals a
 * strided convolution whose weights are all 1/n; ceil mode keeps a last, partial window.
 */
import {
  type PoolTrace,
  type Tensor,
  conv2d,
  fromRows,
  globalAvgPool,
  maxPool2d,
  poolSteps,
  tensor,
} from '../../core';

export type PoolKind = 'max' | 'avg';

/** Settings of one pooling, as the URL gives them. */
export interface PoolingSettings {
  kind: PoolKind;
  size: number;
  stride: number;
  ceil: boolean;
  /** The whole grid is one window (global pooling); size and stride are then ignored. */
  global: boolean;
}

/** A pooling of a grid, step by step, with the lesson's side results. */
export interface PoolingLesson {
  input: Tensor;
  trace: PoolTrace;
  /** Window size and stride actually used (the grid's size for global pooling). */
  size: [number, number];
  stride: [number, number];
  /** Output side with floor and with ceil rounding, for the ceil-mode comparison. */
  floorShape: [number, number];
  ceilShape: [number, number];
  /** Global average and global max of the grid (L23: 3.0 and 9 on grid (a)). */
  globalAvg: number;
  globalMax: number;
  /**
   * Average pooling only: the same windows as a convolution with an all-1/n kernel and the same
   * stride (L23); null for max pooling or when partial (ceil-mode) windows make them differ.
   */
  asConv: { kernel: Tensor; output: Tensor; equal: boolean } | null;
}

/**
 * Pools a grid with the given settings and records every window.
 * Throws a `RangeError` (from the core) when the window does not fit.
 *
 * @example
 * const l = poolingLesson(GRID_A, { kind: 'max', size: 2, stride: 2, ceil: false, global: false });
 * l.trace.output.data;      // Float64Array [8, 9, 4, 3]
 * l.globalAvg;              // 3
 * poolingLesson(GRID_A, { kind: 'avg', size: 2, stride: 2, ceil: false, global: false }).asConv?.equal; // true
 */
export function poolingLesson(rows: readonly (readonly number[])[], s: PoolingSettings): PoolingLesson {
  const input = fromRows(rows);
  const [H, W] = input.shape;
  const size: [number, number] = s.global ? [H, W] : [s.size, s.size];
  const stride: [number, number] = s.global ? [1, 1] : [s.stride, s.stride];
  const ceilMode = s.global ? false : s.ceil;
  const trace = poolSteps(input, { kind: s.kind, size, stride, ceilMode });
  const floor = poolSteps(input, { kind: s.kind, size, stride, ceilMode: false }).outShape;
  const ceil = poolSteps(input, { kind: s.kind, size, stride, ceilMode: true }).outShape;
  let asConv: PoolingLesson['asConv'] = null;
  const partial = trace.steps.some((st) => st.count !== size[0] * size[1]);
  if (s.kind === 'avg' && !partial) {
    const n = size[0] * size[1];
    const kernel = tensor(size, new Array<number>(n).fill(1 / n));
    const output = conv2d(input, kernel, { stride });
    const equal = output.data.every((v, i) => Math.abs(v - trace.output.data[i]) < 1e-12);
    asConv = { kernel, output, equal };
  }
  return {
    input,
    trace,
    size,
    stride,
    floorShape: [floor[1], floor[2]],
    ceilShape: [ceil[1], ceil[2]],
    globalAvg: globalAvgPool(input).data[0],
    globalMax: maxPool2d(input, { size: [H, W] }).data[0],
    asConv,
  };
}

/**
 * Moves a grid one column to the left; the new right-hand column repeats 0 (an empty feature).
 * Used to show that a pooled map changes less than its input when the input shifts (L08).
 *
 * @example
 * shiftGridLeft([[1, 2, 3]]); // [[2, 3, 0]]
 */
export function shiftGridLeft(rows: readonly (readonly number[])[]): number[][] {
  return rows.map((r) => [...r.slice(1), 0]);
}

/** How many cells of two same-shaped tensors differ. */
export function countChanged(a: Tensor, b: Tensor): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) n++;
  return n;
}
