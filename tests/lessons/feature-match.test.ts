// feature-match trace against LESSONS.md L05–L08 (digit 9, loop/vertical/diagonal filters,
// ReLU, 2×2 stride-1 max pooling, the 9 shifted one pixel).
import { describe, expect, it } from 'vitest';
import {
  DIAGONAL_FILTER,
  DIAGONAL_SUMS,
  DIGIT9,
  DIGIT9_SHIFTED,
  LOOP_FILTER,
  LOOP_SUMS,
  PRINTED_MAP,
  PRINTED_POOLED,
  PRINTED_RELU,
  PRINTED_SHIFTED_POOLED,
  PRINTED_SHIFTED_RELU,
  SHIFTED_LOOP_SUMS,
  SHIFT_CHANGED_PIXELS,
  VERTICAL_FILTER,
  VERTICAL_SUMS,
} from '../../src/lessons/feature-match/fixtures';
import { featureMatchTrace, phaseStart, truncate2 } from '../../src/lessons/feature-match/trace';
import { type TensorLike, toRows } from '../../src/core';

/** Rounds to `d` decimals as the grids label numbers (`toFixed` on the stored double). */
const round = (m: number[][], d: number): number[][] => m.map((r) => r.map((v) => Number(v.toFixed(d)) + 0));
const rows = (t: TensorLike): number[][] => toRows(t);

const trunc = (m: number[][]) => m.map((r) => r.map(truncate2));

describe('featureMatchTrace(DIGIT9, LOOP_FILTER) — L06', () => {
  const t = featureMatchTrace(DIGIT9, LOOP_FILTER);

  it('sums are [[-1,9,-1],[-5,1,-3],[-3,3,-3],[-5,-1,-5],[-3,-5,-3]]', () => {
    expect(rows(t.conv.output)).toEqual(LOOP_SUMS);
  });

  it('each output is the mean of 9 products; truncated to 2 decimals it is the printed map', () => {
    expect(t.cells).toBe(9);
    expect(trunc(rows(t.map))).toEqual(PRINTED_MAP);
  });

  it('−5/9 = −0.5556: the slide printed −0.55 (truncated), rounding gives −0.56', () => {
    expect(t.map.data[3]).toBe(-5 / 9);
    expect(truncate2(t.map.data[3])).toBe(-0.55);
    expect(round(rows(t.map), 2)[1][0]).toBe(-0.56);
  });

  it('(0,1) = 9/9 = 1: the upper loop matches the filter perfectly', () => {
    const s = t.steps[1];
    expect(s.phase).toBe('conv');
    expect(s.conv?.row).toBe(0);
    expect(s.conv?.col).toBe(1);
    expect(Array.from(s.conv?.products.data ?? [])).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(s.mean).toBe(1);
  });

  it('ReLU of the map, truncated, is the printed L07 grid', () => {
    expect(trunc(rows(t.relu))).toEqual(PRINTED_RELU);
  });

  it('2×2 max pooling with stride 1 gives the printed 4×2 map (L08)', () => {
    expect(t.pool.outShape).toEqual([1, 4, 2]);
    expect(t.pool.stride).toEqual([1, 1]);
    expect(trunc(rows(t.pool.output))).toEqual(PRINTED_POOLED);
  });

  it('shifting one pixel left gives the reconstructed second input and changes 16 of 35 pixels (L05, L08)', () => {
    expect(rows(t.shiftedInput)).toEqual(DIGIT9_SHIFTED);
    expect(t.changedCount).toBe(SHIFT_CHANGED_PIXELS);
    expect(t.changed.length).toBe(35);
  });

  it('shifted 9: sums, ReLU and pooled map as printed', () => {
    expect(rows(t.shiftedConv.output)).toEqual(SHIFTED_LOOP_SUMS);
    expect(trunc(rows(t.shiftedRelu))).toEqual(PRINTED_SHIFTED_RELU);
    expect(trunc(rows(t.shiftedPool.output))).toEqual(PRINTED_SHIFTED_POOLED);
  });

  it('the perfect match (1) survives pooling after the shift; the left column is unchanged', () => {
    expect(t.survives).toEqual([true, false, true, false, true, false, true, true]);
    expect(Math.max(...t.pool.output.data)).toBe(1);
    expect(Math.max(...t.shiftedPool.output.data)).toBe(1);
  });

  it('steps: 15 convolution, 1 ReLU, 8 pooling, shift, survive', () => {
    expect(t.steps.length).toBe(26);
    expect(phaseStart(t, 'relu')).toBe(15);
    expect(phaseStart(t, 'pool')).toBe(16);
    expect(phaseStart(t, 'shift')).toBe(24);
    expect(phaseStart(t, 'survive')).toBe(25);
    expect(t.steps.map((s) => s.index)).toEqual(t.steps.map((_, i) => i));
  });
});

describe('featureMatchTrace with the optional filters of L06', () => {
  it('vertical filter sums [[5,-5,5],[5,-5,7],[3,-3,7],[1,1,5],[3,1,3]]; peak 7/9 on the stem', () => {
    const t = featureMatchTrace(DIGIT9, VERTICAL_FILTER);
    expect(rows(t.conv.output)).toEqual(VERTICAL_SUMS);
    expect(Math.max(...t.map.data)).toBe(7 / 9);
  });

  it('diagonal filter sums [[1,-5,1],[1,-1,-1],[3,-3,-1],[1,1,5],[-1,9,-1]]; a perfect 1 at (4,1), the tail', () => {
    const t = featureMatchTrace(DIGIT9, DIAGONAL_FILTER);
    expect(rows(t.conv.output)).toEqual(DIAGONAL_SUMS);
    expect(t.map.data[4 * 3 + 1]).toBe(1);
  });

  it('a filter that does not fit throws a RangeError the view can show', () => {
    expect(() => featureMatchTrace([[1, 1]], LOOP_FILTER)).toThrow(RangeError);
  });
});

describe('truncate2', () => {
  it('truncates toward zero: 1/9 → 0.11, −1/9 → −0.11, 1/3 → 0.33, 1 → 1, 0.29 → 0.29', () => {
    expect([1 / 9, -1 / 9, 1 / 3, 1, 0.29, -0].map(truncate2)).toEqual([0.11, -0.11, 0.33, 1, 0.29, 0]);
  });
});
