// Small helpers shared by the core tests (not a test file itself).
import { expect } from 'vitest';
import type { TensorLike } from '../../src/core';
import { toRows } from '../../src/core';

/** mulberry32: a tiny seeded PRNG, so every run sees the same "random" cases. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [lo, hi]. */
export function randInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** Rounds every value to `d` decimals (half away from zero, fixed for tiny float errors). */
export function roundRows(rows: number[][], d: number): number[][] {
  const f = 10 ** d;
  return rows.map((r) => r.map((v) => Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9) / f + 0));
}

/** Truncates every value to `d` decimals, as the digit-9 slide does (−5/9 → −0.55). */
export function truncRows(rows: number[][], d: number): number[][] {
  const f = 10 ** d;
  return rows.map((r) => r.map((v) => Math.trunc(v * f + Math.sign(v) * 1e-9) / f + 0));
}

/** Asserts a 2-D tensor equals the given rows exactly. */
export function expectRows(t: TensorLike, rows: number[][]): void {
  expect(t.shape).toEqual([rows.length, rows[0]?.length ?? 0]);
  expect(toRows(t)).toEqual(rows);
}

/** Asserts that `fn` throws a RangeError whose message matches `pattern`. */
export function expectRangeError(fn: () => unknown, pattern: RegExp): void {
  let caught: unknown = null;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected a RangeError').toBeInstanceOf(RangeError);
  expect((caught as RangeError).message).toMatch(pattern);
}

/** One channel of a [C, H, W] tensor as rows. */
export function channelRows(t: TensorLike, c: number): number[][] {
  const [, H, W] = t.shape;
  const rows: number[][] = [];
  for (let r = 0; r < H; r++) {
    const row: number[] = [];
    for (let q = 0; q < W; q++) row.push(t.data[(c * H + r) * W + q]);
    rows.push(row);
  }
  return rows;
}
