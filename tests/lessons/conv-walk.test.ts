import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/core';
import {
  IMAGE_A,
  IMAGE_B,
  KERNEL_X,
  OUTPUT_A,
  OUTPUT_A_PADDING_1,
  OUTPUT_A_STRIDE_2,
  OUTPUT_B,
  OUTPUT_B_PADDING_1,
  SLIDE_ERROR,
} from '../../src/lessons/conv-walk/fixtures';
import { buildConvWalk, sectionOf } from '../../src/lessons/conv-walk/trace';
import { convArithmetic } from '../../src/ui/convView';
import { arithmeticLines } from '../../src/ui/arithmetic';
import { matrixFromRows } from '../../src/ui/lessonParams';

const A = matrixFromRows(IMAGE_A);
const B = matrixFromRows(IMAGE_B);
const X = matrixFromRows(KERNEL_X);

describe('conv-walk trace (LESSONS.md L09, L10, L19)', () => {
  it('L09 variant A: nine steps giving 4 3 4 / 2 4 3 / 2 3 4, in reading order', () => {
    const t = buildConvWalk({ input: A, kernel: X, padding: 0, stride: 1 });
    expect(t.steps).toHaveLength(9);
    expect(t.steps.map((s) => s.result)).toEqual([4, 3, 4, 2, 4, 3, 2, 3, 4]);
    expect(toRows(t.output)).toEqual(OUTPUT_A);
    expect(t.steps.map((s) => [s.origin.row, s.origin.col])).toEqual([
      [0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2],
    ]);
  });

  it('L09 first step: products [[1,0,1],[0,1,0],[0,0,1]] add up to 4, and the arithmetic says so', () => {
    const s = buildConvWalk({ input: A, kernel: X, padding: 0, stride: 1 }).steps[0];
    expect(Array.from(s.products.data)).toEqual([1, 0, 1, 0, 1, 0, 0, 0, 1]);
    const [line] = arithmeticLines(convArithmetic(s));
    expect(line.text).toBe('1×1 + 1×0 + 1×1 + 0×0 + 1×1 + 1×0 + 0×1 + 0×0 + 1×1 = 1 + 0 + 1 + 0 + 1 + 0 + 0 + 0 + 1 = 4');
  });

  it('L09 window (1,2): variant A products [[1,0,0],[0,1,0],[1,0,0]] → 3; the slide variant B → 4 (the slide printed 3)', () => {
    const a = buildConvWalk({ input: A, kernel: X, padding: 0, stride: 1 }).steps[5];
    const b = buildConvWalk({ input: B, kernel: X, padding: 0, stride: 1 }).steps[5];
    expect([a.row, a.col]).toEqual([SLIDE_ERROR.row, SLIDE_ERROR.col]);
    expect(Array.from(a.products.data)).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect(a.result).toBe(3);
    expect(Array.from(b.products.data)).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 1]);
    expect(b.result).toBe(SLIDE_ERROR.actual);
    expect(toRows(buildConvWalk({ input: B, kernel: X, padding: 0, stride: 1 }).output)).toEqual(OUTPUT_B);
  });

  it('L10 padding 1: 7×7 padded image (np.pad), 25 steps, the 5×5 output of variant A and B', () => {
    const t = buildConvWalk({ input: A, kernel: X, padding: 1, stride: 1 });
    expect(t.padded.shape).toEqual([1, 7, 7]);
    expect(Array.from(t.padded.data.slice(0, 7))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(t.padded.data.slice(7, 14))).toEqual([0, 1, 1, 1, 0, 0, 0]);
    expect(t.steps).toHaveLength(25);
    expect(toRows(t.output)).toEqual(OUTPUT_A_PADDING_1);
    // the centre 3×3 is the L09 answer
    expect(OUTPUT_A_PADDING_1.slice(1, 4).map((r) => r.slice(1, 4))).toEqual(OUTPUT_A);
    expect(toRows(buildConvWalk({ input: B, kernel: X, padding: 1, stride: 1 }).output)).toEqual(OUTPUT_B_PADDING_1);
    // 001's padded slide is variant B padded with zeros
    const pb = buildConvWalk({ input: B, kernel: X, padding: 1, stride: 1 }).padded;
    expect(Array.from(pb.data.slice(28, 35))).toEqual([0, 0, 0, 1, 1, 1, 0]);
  });

  it('L19 stride 2: [[4,4],[2,4]] in four steps', () => {
    const t = buildConvWalk({ input: A, kernel: X, padding: 0, stride: 2 });
    expect(t.steps).toHaveLength(4);
    expect(toRows(t.output)).toEqual(OUTPUT_A_STRIDE_2);
  });

  it('sections follow padding and stride', () => {
    expect(sectionOf(0, 1)).toBe('valid');
    expect(sectionOf(1, 1)).toBe('padding');
    expect(sectionOf(0, 2)).toBe('stride');
    expect(sectionOf(1, 2)).toBeUndefined();
  });

  it('a kernel larger than the padded image is a RangeError with a readable message', () => {
    const big = matrixFromRows([[1, 1, 1, 1, 1, 1]].concat(Array(5).fill([1, 1, 1, 1, 1, 1])));
    expect(() => buildConvWalk({ input: A, kernel: big, padding: 0, stride: 1 })).toThrow(RangeError);
  });
});
