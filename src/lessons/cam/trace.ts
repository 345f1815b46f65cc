/*
 * Class activation maps in a 3×3 sandbox (LESSONS.md L34, Zhou et al. 2016): the feature maps
 * f_k(x, y), their sums F_k (global average pooling written as a sum, as the lecture and the paper
 * do), the class scores S_c = Σ_k w_k^c F_k, the softmax, and the maps M_c(x, y) = Σ_k w_k^c f_k(x, y)
 * built cell by cell; their sums equal the scores (the sums can be exchanged).
 */
import { softmax, tensor } from '../../core';

export type CamStepId = 'maps' | 'gap' | 'scores' | 'softmax' | 'cell' | 'sum' | 'world';
export type CamSection = 'score' | 'map' | 'world';

/** One cell of M_c: the weighted sum Σ_k w_k^c f_k(x, y) with its terms. */
export interface CamCell {
  row: number;
  col: number;
  /** (f_k(x, y), w_k^c) for every unit k. */
  terms: { f: number; w: number }[];
  value: number;
}

export interface CamStep {
  id: CamStepId;
  section: CamSection;
  /** For `cell` steps: the cell being built (row-major index). */
  cell?: number;
}

export interface CamTrace {
  rows: number;
  cols: number;
  /** F_k = Σ_{x,y} f_k(x, y). */
  F: number[];
  /** S_c = Σ_k w_k^c F_k, one per class. */
  S: number[];
  /** softmax(S). */
  probs: number[];
  /** M_c(x, y) for every class, row-major. */
  maps: number[][];
  /** The cells of the chosen class's map, in the order they are built. */
  cells: CamCell[];
  /** Σ_{x,y} M_c(x, y) of the chosen class (= S_c). */
  mapSum: number;
  steps: CamStep[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The whole CAM computation for feature maps `f` (K maps of equal size, nested rows) and class
 * weights `w` (`w[c][k]` = w_k^c), with the cells of class `c` as steps.
 *
 * @example
 * const t = camTrace([F1, F2], WEIGHTS, 0);
 * t.F;      // [7, 4]
 * t.S;      // [9, 0.5]
 * t.maps[0]; // [1, 1.5, 0, 1.5, 3, 1, 0, 1, 0] (M_cat, sum 9)
 */
export function camTrace(f: readonly (readonly (readonly number[])[])[], w: readonly (readonly number[])[], c: number): CamTrace {
  const K = f.length;
  const rows = f[0].length;
  const cols = f[0][0].length;
  if (f.some((m) => m.length !== rows || m.some((r) => r.length !== cols))) throw new RangeError('all feature maps must have the same size');
  if (w.some((row) => row.length !== K)) throw new RangeError(`every class needs ${K} weights, one per feature map`);
  const flat = f.map((m) => m.flat());
  const F = flat.map(sum);
  const S = w.map((wc) => sum(wc.map((wk, k) => wk * F[k])));
  const probs = Array.from(softmax(tensor([S.length], S)).data);
  const maps = w.map((wc) => flat[0].map((_, i) => sum(wc.map((wk, k) => wk * flat[k][i]))));
  const cells: CamCell[] = flat[0].map((_, i) => ({
    row: Math.floor(i / cols),
    col: i % cols,
    terms: w[c].map((wk, k) => ({ f: flat[k][i], w: wk })),
    value: maps[c][i],
  }));
  const steps: CamStep[] = [
    { id: 'maps', section: 'score' },
    { id: 'gap', section: 'score' },
    { id: 'scores', section: 'score' },
    { id: 'softmax', section: 'score' },
    ...cells.map((_, i): CamStep => ({ id: 'cell', section: 'map', cell: i })),
    { id: 'sum', section: 'map' },
    { id: 'world', section: 'world' },
  ];
  return { rows, cols, F, S, probs, maps, cells, mapSum: sum(maps[c]), steps };
}

/** First step of a section. */
export function sectionStart(t: CamTrace, section: CamSection): number {
  return t.steps.findIndex((s) => s.section === section);
}
