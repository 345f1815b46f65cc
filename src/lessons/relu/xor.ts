/*
 * The XOR builder's maths (LESSONS.md L25): a 2-2-1 network with sigmoid or ReLU hidden units, or
 * one sigmoid unit alone, run on the core's dense layer and activations. No views.
 */
import { dense, relu, sigmoid, tensor } from '../../core';
import {
  RELU_WEIGHTS,
  SIGMOID_TOLERANCE,
  SIGMOID_WEIGHTS,
  SINGLE_WEIGHTS,
  SLIDE_RELU_TABLE,
  SLIDE_SIGMOID_TABLE,
  XOR_INPUTS,
  XOR_TARGETS,
} from './fixtures';

/**
 * - `sigmoid`: a = σ(W·x + b), y = σ(v·a + c) (the slide's "XOR with sigmoid");
 * - `relu`: a = ReLU(W·x + b), y = v·a + c (the slide's "XOR with ReLU");
 * - `single`: y = σ(w1·x1 + w2·x2 + b), one unit and no hidden layer.
 */
export type NetKind = 'sigmoid' | 'relu' | 'single';
export const NET_KINDS: NetKind[] = ['sigmoid', 'relu', 'single'];

/** Rows `[w1, w2, b]`, one per unit: a1, a2, y (two-layer nets) or just y (`single`). */
export type Weights = readonly (readonly number[])[];

/** The weights each network starts from. */
export const DEFAULT_WEIGHTS: Record<NetKind, Weights> = {
  sigmoid: SIGMOID_WEIGHTS,
  relu: RELU_WEIGHTS,
  single: SINGLE_WEIGHTS,
};

/** Number of weight rows (units) a network needs. */
export function unitsOf(kind: NetKind): number {
  return kind === 'single' ? 1 : 3;
}

/** One unit's weighted sum: the inputs, its weights and bias, and `z = w1·x1 + w2·x2 + b`. */
export interface UnitSum {
  inputs: [number, number];
  weights: [number, number];
  bias: number;
  /** `w1·x1 + w2·x2`, before the bias. */
  dot: number;
  z: number;
  /** The unit's output after its activation. */
  out: number;
}

/** The forward pass of one input row. */
export interface XorRow {
  x: [number, number];
  target: number;
  /** Hidden units a1, a2 (empty for `single`). */
  hidden: UnitSum[];
  output: UnitSum;
  y: number;
  /** `y ≥ 0.5` counts as 1. */
  predicted: number;
  correct: boolean;
}

const act = (kind: 'sigmoid' | 'relu' | 'linear', z: number): number =>
  kind === 'linear' ? z : (kind === 'sigmoid' ? sigmoid : relu)(tensor([1], [z])).data[0];

/** One unit through the core's dense layer (`W` is `[in, out]`), then its activation. */
function unit(inputs: [number, number], row: readonly number[], activation: 'sigmoid' | 'relu' | 'linear'): UnitSum {
  const [w1, w2, b] = row;
  const z = dense(tensor([2], inputs), tensor([2, 1], [w1, w2]), [b]).data[0];
  return { inputs, weights: [w1, w2], bias: b, dot: inputs[0] * w1 + inputs[1] * w2, z, out: act(activation, z) };
}

/**
 * Runs the network on one input.
 *
 * @example
 * xorForward('relu', RELU_WEIGHTS, 1, 0).hidden.map((u) => u.out); // [0.5, 0]
 * xorForward('relu', RELU_WEIGHTS, 1, 0).y;                        // 1
 */
export function xorForward(kind: NetKind, w: Weights, x1: number, x2: number, target = Number(x1 !== x2)): XorRow {
  const x: [number, number] = [x1, x2];
  let hidden: UnitSum[] = [];
  let output: UnitSum;
  if (kind === 'single') {
    output = unit(x, w[0], 'sigmoid');
  } else {
    const hAct = kind === 'sigmoid' ? 'sigmoid' : 'relu';
    hidden = [unit(x, w[0], hAct), unit(x, w[1], hAct)];
    output = unit([hidden[0].out, hidden[1].out], w[2], kind === 'sigmoid' ? 'sigmoid' : 'linear');
  }
  const y = output.out;
  const predicted = y >= 0.5 ? 1 : 0;
  return { x, target, hidden, output, y, predicted, correct: predicted === target };
}

/** The network on the four XOR inputs, in the slide's order. */
export function xorTable(kind: NetKind, w: Weights): XorRow[] {
  return XOR_INPUTS.map(([a, b], i) => xorForward(kind, w, a, b, XOR_TARGETS[i]));
}

/**
 * Whether the network reproduces the slide's table: the sigmoid network within 5·10⁻⁵ of every
 * a1, a2 and y, the ReLU network exactly. One unit alone has no table on the slide: false.
 *
 * @example
 * matchesSlide('sigmoid', xorTable('sigmoid', SIGMOID_WEIGHTS)); // true
 */
export function matchesSlide(kind: NetKind, rows: readonly XorRow[]): boolean {
  if (kind === 'single') return false;
  const slide = kind === 'sigmoid' ? SLIDE_SIGMOID_TABLE : SLIDE_RELU_TABLE;
  const tol = kind === 'sigmoid' ? SIGMOID_TOLERANCE : 0;
  return rows.every((r, i) => {
    const s = slide[i];
    return (
      Math.abs(r.hidden[0].out - s.a1) <= tol && Math.abs(r.hidden[1].out - s.a2) <= tol && Math.abs(r.y - s.y) <= tol
    );
  });
}

/**
 * Searches one unit's weights w1, w2, b over `values` (default −2 to 2 in steps of 0.5) and returns
 * the most XOR rows any of them gets right (with `z ≥ 0` read as 1), and how many were tried.
 * The answer is 3: no straight line separates XOR.
 *
 * @example
 * bestSingleUnit(); // { best: 3, tried: 729 }
 */
export function bestSingleUnit(values: readonly number[] = Array.from({ length: 9 }, (_, i) => -2 + i * 0.5)): { best: number; tried: number } {
  let best = 0;
  let tried = 0;
  for (const w1 of values) {
    for (const w2 of values) {
      for (const b of values) {
        tried++;
        let right = 0;
        XOR_INPUTS.forEach(([x1, x2], i) => {
          if (Number(w1 * x1 + w2 * x2 + b >= 0) === XOR_TARGETS[i]) right++;
        });
        best = Math.max(best, right);
      }
    }
  }
  return { best, tried };
}

/**
 * The network's output y on an `n × n` grid over `[lo, hi]²` (row-major, x2 growing with the row
 * index, x1 with the column), for drawing the decision regions (y ≥ 0.5) with d3's contours.
 */
export function outputGrid(kind: NetKind, w: Weights, n: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < n; r++) {
    const x2 = lo + ((hi - lo) * r) / (n - 1);
    for (let c = 0; c < n; c++) {
      const x1 = lo + ((hi - lo) * c) / (n - 1);
      out.push(xorForward(kind, w, x1, x2).y);
    }
  }
  return out;
}
