// Golden values of the convolution lessons, part 1 (L06, L08, L09, L10): the 9 and its loop filter,
// the X kernel on the 5×5 images, zero padding. Part 2 (L11–L22) is conv2d.lessons2.test.ts.
import { describe, expect, it } from 'vitest';
import { conv2d, convSteps, fromRows, pad, tensor, toRows } from '../../src/core';
import { expectRows, truncRows } from './helpers';

const digit9 = fromRows([
  [-1, 1, 1, 1, -1],
  [-1, 1, -1, 1, -1],
  [-1, 1, 1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
]);
const shifted9 = fromRows([
  [1, 1, 1, -1, -1],
  [1, -1, 1, -1, -1],
  [1, 1, 1, -1, -1],
  [-1, -1, 1, -1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
  [1, -1, -1, -1, -1],
]);
const loop = fromRows([
  [1, 1, 1],
  [1, -1, 1],
  [1, 1, 1],
]);

describe('L06 digit 9 (7×5, ±1) ⊛ 3×3 filters, valid, stride 1', () => {
  const loopSums = [
    [-1, 9, -1],
    [-5, 1, -3],
    [-3, 3, -3],
    [-5, -1, -5],
    [-3, -5, -3],
  ];
  it('conv2d x=[7,5] f=loop s=1 p=valid gives the integer sums -1 9 -1 / -5 1 -3 / …', () => {
    expectRows(conv2d(digit9, loop), loopSums);
  });
  it('mean of products = sums/9, truncated to 2 decimals, is the printed 5×3 map', () => {
    const mean = toRows(conv2d(digit9, loop)).map((r) => r.map((v) => v / 9));
    expect(truncRows(mean, 2)).toEqual([
      [-0.11, 1, -0.11],
      [-0.55, 0.11, -0.33],
      [-0.33, 0.33, -0.33],
      [-0.55, -0.11, -0.55],
      [-0.33, -0.55, -0.33],
    ]);
  });
  it('the 1/9-weighted loop filter gives the same map to 12 decimals', () => {
    const k9 = tensor([3, 3], Array.from(loop.data, (v) => v / 9));
    const got = toRows(conv2d(digit9, k9));
    got.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(loopSums[r][c] / 9, 12)));
  });
  it('vertical filter [-1 1 -1]×3 gives sums [[5,-5,5],[5,-5,7],[3,-3,7],[1,1,5],[3,1,3]]', () => {
    const vertical = fromRows([
      [-1, 1, -1],
      [-1, 1, -1],
      [-1, 1, -1],
    ]);
    expectRows(conv2d(digit9, vertical), [
      [5, -5, 5],
      [5, -5, 7],
      [3, -3, 7],
      [1, 1, 5],
      [3, 1, 3],
    ]);
  });
  it('diagonal filter gives sums [[1,-5,1],[1,-1,-1],[3,-3,-1],[1,1,5],[-1,9,-1]] (9/9 at the tail, (4,1))', () => {
    const diagonal = fromRows([
      [-1, -1, 1],
      [-1, 1, -1],
      [1, -1, -1],
    ]);
    expectRows(conv2d(digit9, diagonal), [
      [1, -5, 1],
      [1, -1, -1],
      [3, -3, -1],
      [1, 1, 5],
      [-1, 9, -1],
    ]);
  });
});

describe('L08 the 9 shifted one column left', () => {
  it('conv2d x=[7,5] f=loop gives sums [[9,-1,-1],[1,-3,-1],[3,-3,-1],[-1,-5,-3],[-5,-3,-5]]', () => {
    expectRows(conv2d(shifted9, loop), [
      [9, -1, -1],
      [1, -3, -1],
      [3, -3, -1],
      [-1, -5, -3],
      [-5, -3, -5],
    ]);
  });
});

const variantA = fromRows([
  [1, 1, 1, 0, 0],
  [0, 1, 1, 1, 0],
  [0, 0, 1, 1, 1],
  [0, 0, 1, 1, 0],
  [0, 1, 1, 0, 0],
]);
const variantB = fromRows([
  [1, 1, 1, 0, 0],
  [0, 1, 1, 1, 0],
  [0, 0, 1, 1, 1],
  [0, 0, 1, 1, 1],
  [0, 1, 1, 0, 0],
]);
const xKernel = fromRows([
  [1, 0, 1],
  [0, 1, 0],
  [1, 0, 1],
]);

describe('L09 5×5 binary image ⊛ 3×3 "X" kernel', () => {
  it('conv2d x=[5,5] f=[3,3] s=1 p=valid, variant A → [[4,3,4],[2,4,3],[2,3,4]]', () => {
    expectRows(conv2d(variantA, xKernel), [
      [4, 3, 4],
      [2, 4, 3],
      [2, 3, 4],
    ]);
  });
  it('variant B → 4 at (1,2): [[4,3,4],[2,4,4],[2,3,4]]', () => {
    expectRows(conv2d(variantB, xKernel), [
      [4, 3, 4],
      [2, 4, 4],
      [2, 3, 4],
    ]);
  });
  it('products at window (1,2): variant A [[1,0,0],[0,1,0],[1,0,0]] → 3, variant B adds the corner → 4', () => {
    const a = convSteps(variantA, xKernel).steps[5];
    expect([a.row, a.col]).toEqual([1, 2]);
    expect(Array.from(a.products.data)).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect(a.result).toBe(3);
    const b = convSteps(variantB, xKernel).steps[5];
    expect(Array.from(b.products.data)).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 1]);
    expect(b.result).toBe(4);
  });
  it('conv2d x=[5,5] f=[3,3] s=2 p=valid, variant A → [[4,4],[2,4]]', () => {
    expectRows(conv2d(variantA, xKernel, { stride: 2 }), [
      [4, 4],
      [2, 4],
    ]);
  });
});

describe('L10 zero padding', () => {
  it('pad(variant B, 1) is the printed 7×7 grid', () => {
    expectRows(pad(variantB, 1), [
      [0, 0, 0, 0, 0, 0, 0],
      [0, 1, 1, 1, 0, 0, 0],
      [0, 0, 1, 1, 1, 0, 0],
      [0, 0, 0, 1, 1, 1, 0],
      [0, 0, 0, 1, 1, 1, 0],
      [0, 0, 1, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
  });
  it('pad(6×6, 1) is the printed 8×8 grid', () => {
    const six = [
      [3, 1, 1, 2, 8, 4],
      [1, 0, 7, 3, 2, 6],
      [2, 3, 5, 1, 1, 3],
      [1, 4, 1, 2, 6, 5],
      [3, 2, 1, 3, 7, 2],
      [9, 2, 6, 2, 5, 1],
    ];
    const zero = [0, 0, 0, 0, 0, 0, 0, 0];
    expectRows(pad(fromRows(six), 1), [zero, ...six.map((r) => [0, ...r, 0]), zero]);
    // a 3×3 filter on the padded 6×6 keeps the size: (6 + 2 − 3)/1 + 1 = 6
    expect(conv2d(fromRows(six), xKernel, { padding: 1 }).shape).toEqual([6, 6]);
  });
  it('conv2d x=[5,5] f=[3,3] s=1 p=1, variant A → same-size map whose centre is the L09 answer', () => {
    const want = [
      [2, 2, 3, 1, 1],
      [1, 4, 3, 4, 1],
      [1, 2, 4, 3, 3],
      [1, 2, 3, 4, 1],
      [0, 2, 2, 1, 1],
    ];
    expectRows(conv2d(variantA, xKernel, { padding: 1 }), want);
    expectRows(conv2d(variantA, xKernel, { padding: 'same' }), want);
    expect(want.slice(1, 4).map((r) => r.slice(1, 4))).toEqual([
      [4, 3, 4],
      [2, 4, 3],
      [2, 3, 4],
    ]);
  });
  it('conv2d x=[5,5] f=[3,3] s=1 p=1, variant B → the slide-001 same-size map', () => {
    expectRows(conv2d(variantB, xKernel, { padding: 1 }), [
      [2, 2, 3, 1, 1],
      [1, 4, 3, 4, 1],
      [1, 2, 4, 4, 3],
      [1, 2, 3, 4, 2],
      [0, 2, 2, 2, 1],
    ]);
  });
});
