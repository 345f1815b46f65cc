/*
 * The feature-match lesson as a list of steps (L05–L08): a ±1 filter slides over the digit 9,
 * each output is the mean of the 9 products; then ReLU, then 2×2 max pooling with stride 1;
 * then the same for the 9 shifted one pixel to the left.
 */
import {
  type ConvStep,
  type ConvTrace,
  type PoolStep,
  type PoolTrace,
  type Tensor,
  convSteps,
  fromRows,
  poolSteps,
  relu,
} from '../../core';

/** What a step shows. */
export type FeatureMatchPhase = 'conv' | 'relu' | 'pool' | 'shift' | 'survive';

/** One step of the lesson. */
export interface FeatureMatchStep {
  index: number;
  phase: FeatureMatchPhase;
  /** Phase `conv`: the window, its products and their sum (the mean is `conv.sum / 9`). */
  conv?: ConvStep;
  /** Phase `conv`: the mean of the products, the output value. */
  mean?: number;
  /** Phase `pool`: the 2×2 window of the ReLU map and its maximum. */
  pool?: PoolStep;
}

/** The whole lesson for one filter and one input. */
export interface FeatureMatchTrace {
  /** The ±1 input image `[H, W]`. */
  input: Tensor;
  /** The 3×3 filter. */
  filter: Tensor;
  /** Number of kernel cells, the divisor of the mean (9). */
  cells: number;
  /** Convolution of the input (raw sums). */
  conv: ConvTrace;
  /** Feature map: mean of products, `[outH, outW]`. */
  map: Tensor;
  /** ReLU of the feature map. */
  relu: Tensor;
  /** 2×2 max pooling with stride 1 of the ReLU map (L08: the exception, most pooling uses stride 2). */
  pool: PoolTrace;
  /** The input moved one column to the left; the new right-hand column is background (−1). */
  shiftedInput: Tensor;
  /** Row-major flags: true where the shifted input differs from the input. */
  changed: boolean[];
  /** How many pixels changed (16 of 35 for the lecture's 9). */
  changedCount: number;
  shiftedConv: ConvTrace;
  shiftedMap: Tensor;
  shiftedRelu: Tensor;
  shiftedPool: PoolTrace;
  /** Row-major flags over the pooled map: true where the pooled value is the same after the shift. */
  survives: boolean[];
  steps: FeatureMatchStep[];
}

/** Size and stride of the lecture's pooling here (L08): 2×2 windows, stride 1. */
export const POOL_SIZE = 2;
export const POOL_STRIDE = 1;

/**
 * Truncates to 2 decimals, as the slide printed the map (−5/9 = −0.5556 → −0.55).
 * A tiny tolerance keeps values such as 0.29 (stored as 0.28999…) from dropping a digit.
 *
 * @example
 * truncate2(-5 / 9); // -0.55
 * truncate2(1 / 9);  // 0.11
 */
export function truncate2(v: number): number {
  const t = Math.trunc(v * 100 + (v >= 0 ? 1e-9 : -1e-9)) / 100;
  return t === 0 ? 0 : t;
}

/**
 * Moves an image one column to the left; the new right-hand column gets `fill`.
 *
 * @example
 * shiftLeft(fromRows([[1, 2, 3]]), -1).data; // Float64Array [2, 3, -1]
 */
export function shiftLeft(image: Tensor, fill: number): Tensor {
  const [H, W] = image.shape;
  const data = new Float64Array(H * W);
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) data[r * W + c] = c + 1 < W ? image.data[r * W + c + 1] : fill;
  }
  return { shape: [H, W], data };
}

function meanMap(t: ConvTrace, cells: number): Tensor {
  return { shape: [t.outShape[1], t.outShape[2]], data: t.output.data.map((v) => v / cells) };
}

/**
 * Builds the whole lesson: convolution steps (one per output cell), the ReLU step, the pooling
 * steps (one per pooled cell), then the shifted input and what survives pooling.
 * Throws a `RangeError` (from the core) when the filter does not fit the input.
 *
 * @example
 * const t = featureMatchTrace(DIGIT9, LOOP_FILTER);
 * t.conv.output.data[1]; // 9: the upper loop matches the filter perfectly
 * t.map.data[1];         // 1
 * t.changedCount;        // 16
 */
export function featureMatchTrace(
  inputRows: readonly (readonly number[])[],
  filterRows: readonly (readonly number[])[],
): FeatureMatchTrace {
  const input = fromRows(inputRows);
  const filter = fromRows(filterRows);
  const cells = filter.data.length;
  const conv = convSteps(input, filter);
  const map = meanMap(conv, cells);
  const reluMap = relu(map);
  const pool = poolSteps(reluMap, { kind: 'max', size: POOL_SIZE, stride: POOL_STRIDE });

  const shiftedInput = shiftLeft(input, -1);
  const changed = Array.from(input.data, (v, i) => v !== shiftedInput.data[i]);
  const shiftedConv = convSteps(shiftedInput, filter);
  const shiftedMap = meanMap(shiftedConv, cells);
  const shiftedRelu = relu(shiftedMap);
  const shiftedPool = poolSteps(shiftedRelu, { kind: 'max', size: POOL_SIZE, stride: POOL_STRIDE });
  const survives = Array.from(pool.output.data, (v, i) => v === shiftedPool.output.data[i]);

  const steps: FeatureMatchStep[] = [];
  for (const s of conv.steps) steps.push({ index: steps.length, phase: 'conv', conv: s, mean: s.result / cells });
  steps.push({ index: steps.length, phase: 'relu' });
  for (const s of pool.steps) steps.push({ index: steps.length, phase: 'pool', pool: s });
  steps.push({ index: steps.length, phase: 'shift' });
  steps.push({ index: steps.length, phase: 'survive' });

  return {
    input,
    filter,
    cells,
    conv,
    map,
    relu: reluMap,
    pool,
    shiftedInput,
    changed,
    changedCount: changed.filter(Boolean).length,
    shiftedConv,
    shiftedMap,
    shiftedRelu,
    shiftedPool,
    survives,
    steps,
  };
}

/** First step of each phase, for jump links and section tabs. */
export function phaseStart(trace: FeatureMatchTrace, phase: FeatureMatchPhase): number {
  return trace.steps.findIndex((s) => s.phase === phase);
}
