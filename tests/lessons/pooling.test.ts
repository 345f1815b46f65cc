// pooling trace against LESSONS.md L21 (2×2/2 max on three 4×4 grids), L22 (3×3/1 max and average
// on the 5×5 grid), L23 (GAP 3.0, global max 9, 2×2/2 average = stride-2 convolution with ¼),
// plus ceil mode (5×5 with 2×2/2: floor 2×2, ceil 3×3).
import { describe, expect, it } from 'vitest';
import {
  AVG_A,
  AVG_CONV_ARITH_1DP,
  GAP_A,
  GLOBAL_MAX_A,
  GRIDS,
  GRID_A,
  GRID_B,
  GRID_C,
  GRID_CONV_ARITH,
  MAX_A,
  MAX_B,
  MAX_C,
  MAX_CONV_ARITH,
} from '../../src/lessons/pooling/fixtures';
import { countChanged, poolingLesson, shiftGridLeft } from '../../src/lessons/pooling/trace';
import { type TensorLike, fromRows, toRows } from '../../src/core';

/** Rounds to `d` decimals as the grids label numbers (`toFixed` on the stored double). */
const round = (m: number[][], d: number): number[][] => m.map((r) => r.map((v) => Number(v.toFixed(d)) + 0));
const rows = (t: TensorLike): number[][] => toRows(t);

const max = (size: number, stride: number) => ({ kind: 'max' as const, size, stride, ceil: false, global: false });
const avg = (size: number, stride: number) => ({ kind: 'avg' as const, size, stride, ceil: false, global: false });

describe('max pooling — L21, L22', () => {
  it('grid (a), 2×2/2 → 8 9 / 4 3', () => expect(rows(poolingLesson(GRID_A, max(2, 2)).trace.output)).toEqual(MAX_A));
  it('grid (b), 2×2/2 → 9 8 / 19 8', () => expect(rows(poolingLesson(GRID_B, max(2, 2)).trace.output)).toEqual(MAX_B));
  it('grid (c), 2×2/2 → 6 8 / 3 4', () => expect(rows(poolingLesson(GRID_C, max(2, 2)).trace.output)).toEqual(MAX_C));
  it('5×5 grid, 3×3/1 → 3×3 of 3s with the one 2 at (2,1) from rows 2–4, cols 1–3', () => {
    const l = poolingLesson(GRID_CONV_ARITH, max(3, 1));
    expect(rows(l.trace.output)).toEqual(MAX_CONV_ARITH);
    const s = l.trace.steps[7];
    expect([s.row, s.col, s.inputOrigin.row, s.inputOrigin.col, s.result]).toEqual([2, 1, 2, 1, 2]);
  });
  it('each step marks where the window\'s maximum is: first window of (a) → 8 at (1,0)', () => {
    const s = poolingLesson(GRID_A, max(2, 2)).trace.steps[0];
    expect(Array.from(s.patch.data)).toEqual([3, 1, 8, 4]);
    expect(s.argmax).toEqual({ row: 1, col: 0 });
    expect(s.argmaxIndex).toBe(2);
  });
  it('the lecture\'s settings of each grid are the defaults the lesson offers', () => {
    for (const g of Object.values(GRIDS)) expect(poolingLesson(g.rows, max(g.size, g.stride)).trace.steps.length).toBeGreaterThan(0);
    expect(GRIDS['conv-arith'].size).toBe(3);
    expect(GRIDS['conv-arith'].stride).toBe(1);
  });
});

describe('average pooling — L22, L23', () => {
  it('grid (a), 2×2/2 → 4.0 4.5 / 2.0 1.5', () => expect(rows(poolingLesson(GRID_A, avg(2, 2)).trace.output)).toEqual(AVG_A));
  it('5×5 grid, 3×3/1 → [[1.7,1.7,1.7],[1.0,1.2,1.8],[1.1,0.8,1.3]] to 1 decimal', () => {
    expect(round(rows(poolingLesson(GRID_CONV_ARITH, avg(3, 1)).trace.output), 1)).toEqual(AVG_CONV_ARITH_1DP);
  });
  it('average pooling equals a strided convolution with every weight 1/n', () => {
    const l = poolingLesson(GRID_A, avg(2, 2));
    expect(l.asConv?.equal).toBe(true);
    expect(Array.from(l.asConv?.kernel.data ?? [])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(rows(l.asConv!.output)).toEqual(AVG_A);
    const l3 = poolingLesson(GRID_CONV_ARITH, avg(3, 1));
    expect(l3.asConv?.equal).toBe(true);
  });
  it('max pooling has no convolution equivalent', () => expect(poolingLesson(GRID_A, max(2, 2)).asConv).toBeNull());
});

describe('global pooling — L23', () => {
  it('grid (a): global average 48/16 = 3.0; a global max would be 9', () => {
    const l = poolingLesson(GRID_A, { ...avg(2, 2), global: true });
    expect(l.globalAvg).toBe(GAP_A);
    expect(l.globalMax).toBe(GLOBAL_MAX_A);
    expect(rows(l.trace.output)).toEqual([[3]]);
    expect(l.trace.steps[0].sum).toBe(48);
    expect(rows(poolingLesson(GRID_A, { ...max(2, 2), global: true }).trace.output)).toEqual([[9]]);
  });
});

describe('ceil mode', () => {
  it('5×5 with 2×2/2: floor gives 2×2, ceil 3×3; the last windows use only the real cells', () => {
    const f = poolingLesson(GRID_CONV_ARITH, max(2, 2));
    expect(f.trace.outShape).toEqual([1, 2, 2]);
    const c = poolingLesson(GRID_CONV_ARITH, { ...max(2, 2), ceil: true });
    expect(c.trace.outShape).toEqual([1, 3, 3]);
    expect(c.floorShape).toEqual([2, 2]);
    expect(c.ceilShape).toEqual([3, 3]);
    expect(c.trace.steps[8].count).toBe(1);
    expect(c.trace.steps[8].result).toBe(1);
  });
  it('partial windows: average pooling in ceil mode has no all-1/n convolution twin', () => {
    expect(poolingLesson(GRID_CONV_ARITH, { ...avg(2, 2), ceil: true }).asConv).toBeNull();
  });
});

describe('shift by one pixel', () => {
  it('shiftGridLeft moves every row one column left and fills 0', () => {
    expect(shiftGridLeft([[1, 2, 3]])).toEqual([[2, 3, 0]]);
  });
  it('grid (a) shifted: 14 of 16 inputs change and 3 of 4 pooled values (a busy grid: pooling helps little)', () => {
    const a = poolingLesson(GRID_A, max(2, 2));
    const b = poolingLesson(shiftGridLeft(GRID_A), max(2, 2));
    expect(countChanged(a.input, fromRows(shiftGridLeft(GRID_A)))).toBe(14);
    expect(countChanged(a.trace.output, b.trace.output)).toBe(3);
  });
  it('a window that does not fit throws a RangeError', () => {
    expect(() => poolingLesson(GRID_A, max(5, 1))).toThrow(RangeError);
  });
});
