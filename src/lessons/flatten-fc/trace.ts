/*
 * The steps of the flatten / fully connected lesson: flatten a 3×3 map into a vector cell by cell
 * (row-major, or column-major to compare), one dense output at a time, softmax one probability at a
 * time, then the Keras model's summary and the parameter calculator. Pure; on the core.
 */
import { type Tensor, type TensorLike, dense, flatten, softmax } from '../../core';

export type FlattenOrder = 'row' | 'col';
export type FlattenPhase = 'flatten' | 'dense' | 'softmax' | 'keras' | 'params';
export const PHASES: FlattenPhase[] = ['flatten', 'dense', 'softmax', 'keras', 'params'];

/** One step of the lesson. */
export type FlattenStep =
  | { phase: 'flatten'; index: number; row: number; col: number; value: number }
  | { phase: 'dense'; out: number }
  | { phase: 'softmax'; out: number }
  | { phase: 'keras' }
  | { phase: 'params' };

/** One dense output with its terms, as the arithmetic panel shows it. */
export interface DenseOutput {
  /** `x[i] · W[i][o]` for every input i. */
  terms: { x: number; w: number }[];
  /** The sum of the products, before the bias. */
  dot: number;
  bias: number;
  /** `dot + bias`, exactly the core's dense result. */
  z: number;
}

export interface FlattenTrace {
  /** The map `[H, W]`. */
  input: Tensor;
  order: FlattenOrder;
  /** The vector, in the chosen order. */
  vector: Tensor;
  /** Which input cell each vector entry came from. */
  sources: { row: number; col: number }[];
  /** Dense layer scores (logits), one per output. */
  logits: Tensor;
  outputs: DenseOutput[];
  /** `e^(z − max)` per output, their sum, and the probabilities (the core's softmax). */
  max: number;
  exps: number[];
  expSum: number;
  probs: Tensor;
  steps: FlattenStep[];
}

/** The transpose of a 2-D tensor (for column-major order). */
function transpose(m: TensorLike): Tensor {
  const [H, W] = m.shape;
  const out = new Float64Array(H * W);
  for (let r = 0; r < H; r++) for (let c = 0; c < W; c++) out[c * H + r] = m.data[r * W + c];
  return { shape: [W, H], data: out };
}

/**
 * Builds the lesson's trace. `W` is `[in, out]` with `in = H·W` of the map; `bias` has one value per
 * output. Throws the core's RangeError when the sizes do not fit.
 *
 * @example
 * const t = flattenTrace(fromRows(FLAT_INPUT), 'row', fromRows(DENSE_WEIGHTS), DENSE_BIAS);
 * Array.from(t.vector.data); // [1, 1, 0, 4, 2, 1, 0, 2, 1]
 * Array.from(t.logits.data); // [2.1, 1.3, -0.2]
 */
export function flattenTrace(input: TensorLike, order: FlattenOrder, W: TensorLike, bias: readonly number[]): FlattenTrace {
  const [H, Wd] = input.shape;
  const vector = flatten(order === 'row' ? input : transpose(input));
  const sources = Array.from({ length: H * Wd }, (_, i) =>
    order === 'row' ? { row: Math.floor(i / Wd), col: i % Wd } : { row: i % H, col: Math.floor(i / H) },
  );
  const logits = dense(vector, W, bias);
  const nOut = W.shape[1];
  const outputs: DenseOutput[] = [];
  for (let o = 0; o < nOut; o++) {
    const terms = Array.from(vector.data, (x, i) => ({ x, w: W.data[i * nOut + o] }));
    let dot = 0;
    for (const t of terms) dot += t.x * t.w;
    outputs.push({ terms, dot, bias: bias[o], z: logits.data[o] });
  }
  const probs = softmax(logits);
  const max = Math.max(...logits.data);
  const exps = Array.from(logits.data, (z) => Math.exp(z - max));
  const expSum = exps.reduce((a, b) => a + b, 0);
  const steps: FlattenStep[] = [];
  sources.forEach((s, index) => steps.push({ phase: 'flatten', index, row: s.row, col: s.col, value: vector.data[index] }));
  for (let o = 0; o < nOut; o++) steps.push({ phase: 'dense', out: o });
  for (let o = 0; o < nOut; o++) steps.push({ phase: 'softmax', out: o });
  steps.push({ phase: 'keras' }, { phase: 'params' });
  return {
    input: { shape: [H, Wd], data: Float64Array.from(input.data) },
    order,
    vector,
    sources,
    logits,
    outputs,
    max,
    exps,
    expSum,
    probs,
    steps,
  };
}

/** Index of the first step of a phase. */
export function phaseStart(trace: FlattenTrace, phase: FlattenPhase): number {
  return Math.max(0, trace.steps.findIndex((s) => s.phase === phase));
}
