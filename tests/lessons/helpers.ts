// Small helpers for the lesson trace tests (not a test file itself).
import { toRows, type TensorLike } from '../../src/core';

/**
 * Rounds every value to `d` decimals the way the grids label them (`toFixed`, on the stored
 * double: the donut's 0.425 is 0.42499999… and shows as 0.42, as LESSONS.md lists it).
 */
export function round(rows: number[][], d: number): number[][] {
  return rows.map((r) => r.map((v) => Number(v.toFixed(d)) + 0));
}

/** A 2-D tensor as rows. */
export function rows(t: TensorLike): number[][] {
  return toRows(t);
}

/** One channel of a `[C, H, W]` tensor as rows. */
export function channel(t: TensorLike, c: number): number[][] {
  const [, H, W] = t.shape;
  const out: number[][] = [];
  for (let r = 0; r < H; r++) {
    const row: number[] = [];
    for (let q = 0; q < W; q++) row.push(t.data[(c * H + r) * W + q]);
    out.push(row);
  }
  return out;
}

/** The top-left `n × n` corner of rows. */
export function corner(m: number[][], n: number): number[][] {
  return m.slice(0, n).map((r) => r.slice(0, n));
}
