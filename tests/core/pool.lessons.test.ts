// Golden values of ReLU, pooling, GAP and flatten lessons (L07, L08, L21, L22, L23, L24).
import { describe, expect, it } from 'vitest';
import {
  avgPool2d,
  conv2d,
  flatten,
  fromRows,
  globalAvgPool,
  maxPool2d,
  poolSteps,
  relu,
  tensor,
  toRows,
} from '../../src/core';
import { expectRows, roundRows, truncRows } from './helpers';

const loop = fromRows([
  [1, 1, 1],
  [1, -1, 1],
  [1, 1, 1],
]);
/** The lesson's map: the mean of the products (sums / 9). */
function meanMap(image: number[][]) {
  const sums = conv2d(fromRows(image), loop);
  return tensor(sums.shape, Array.from(sums.data, (v) => v / 9));
}
const digit9 = [
  [-1, 1, 1, 1, -1],
  [-1, 1, -1, 1, -1],
  [-1, 1, 1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
];
const shifted9 = [
  [1, 1, 1, -1, -1],
  [1, -1, 1, -1, -1],
  [1, 1, 1, -1, -1],
  [-1, -1, 1, -1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
  [1, -1, -1, -1, -1],
];

describe('L07 ReLU of the digit-9 map', () => {
  it('relu(mean map) truncated to 2 decimals → [[0,1,0],[0,0.11,0],[0,0.33,0],[0,0,0],[0,0,0]]', () => {
    expect(truncRows(toRows(relu(meanMap(digit9))), 2)).toEqual([
      [0, 1, 0],
      [0, 0.11, 0],
      [0, 0.33, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('L08 max pooling the ReLU map, 2×2 windows, stride 1', () => {
  it('maxPool2d x=[5,3] size=2 s=1 → [[1,1],[0.33,0.33],[0.33,0.33],[0,0]]', () => {
    const pooled = maxPool2d(relu(meanMap(digit9)), { size: 2, stride: 1 });
    expect(truncRows(toRows(pooled), 2)).toEqual([
      [1, 1],
      [0.33, 0.33],
      [0.33, 0.33],
      [0, 0],
    ]);
  });
  it('stride 2 would give [[1],[0.33]]', () => {
    expect(truncRows(toRows(maxPool2d(relu(meanMap(digit9)), { size: 2 })), 2)).toEqual([[1], [0.33]]);
  });
  it('the shifted 9: ReLU map and its pooled map are the printed grids', () => {
    const r = relu(meanMap(shifted9));
    expect(truncRows(toRows(r), 2)).toEqual([
      [1, 0, 0],
      [0.11, 0, 0],
      [0.33, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(truncRows(toRows(maxPool2d(r, { size: 2, stride: 1 })), 2)).toEqual([
      [1, 0],
      [0.33, 0],
      [0.33, 0],
      [0, 0],
    ]);
  });
});

const a4 = fromRows([
  [3, 1, 3, 4],
  [8, 4, 9, 2],
  [1, 4, 3, 1],
  [1, 2, 2, 0],
]);

describe('L21 2×2 max pooling with stride 2', () => {
  it('(a) maxPool2d x=[4,4] size=2 → [[8,9],[4,3]]', () => {
    expectRows(maxPool2d(a4, { size: 2 }), [
      [8, 9],
      [4, 3],
    ]);
  });
  it('(b) → [[9,8],[19,8]]', () => {
    const b = fromRows([
      [1, 4, 8, 3],
      [6, 9, 2, 1],
      [11, 13, 6, 7],
      [8, 19, 8, 2],
    ]);
    expectRows(maxPool2d(b, { size: 2, stride: 2 }), [
      [9, 8],
      [19, 8],
    ]);
  });
  it('(c) the CS231n grid → [[6,8],[3,4]]', () => {
    const c = fromRows([
      [1, 1, 2, 4],
      [5, 6, 7, 8],
      [3, 2, 1, 0],
      [1, 2, 3, 4],
    ]);
    expectRows(maxPool2d(c, { size: [2, 2], stride: [2, 2] }), [
      [6, 8],
      [3, 4],
    ]);
  });
  it('the trace names where each maximum is (input coordinates)', () => {
    const t = poolSteps(a4, { kind: 'max', size: 2 });
    expect(t.steps.map((s) => s.argmax)).toEqual([
      { row: 1, col: 0 },
      { row: 1, col: 2 },
      { row: 2, col: 1 },
      { row: 2, col: 2 },
    ]);
    expect(t.steps.map((s) => s.result)).toEqual([8, 9, 4, 3]);
  });
});

const grid5 = fromRows([
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
]);

describe('L22 3×3 pooling with stride 1 on a 5×5 grid', () => {
  it('maxPool2d x=[5,5] size=3 s=1 → all 3 except one 2 at (2,1) (rows 2–4, cols 1–3)', () => {
    expectRows(maxPool2d(grid5, { size: 3, stride: 1 }), [
      [3, 3, 3],
      [3, 3, 3],
      [3, 2, 3],
    ]);
    const s = poolSteps(grid5, { kind: 'max', size: 3, stride: 1 }).steps[7];
    expect([s.row, s.col, s.inputOrigin.row, s.inputOrigin.col, s.result]).toEqual([2, 1, 2, 1, 2]);
  });
  it('avgPool2d x=[5,5] size=3 s=1 → [[1.7,1.7,1.7],[1.0,1.2,1.8],[1.1,0.8,1.3]] (1 decimal)', () => {
    expect(roundRows(toRows(avgPool2d(grid5, { size: 3, stride: 1 })), 1)).toEqual([
      [1.7, 1.7, 1.7],
      [1.0, 1.2, 1.8],
      [1.1, 0.8, 1.3],
    ]);
  });
});

describe('L23 global average pooling, and average pooling as a strided convolution', () => {
  it('globalAvgPool of the 4×4 grid = 48/16 = 3.0 (a global max would be 9)', () => {
    const g = globalAvgPool(a4);
    expect(g.shape).toEqual([1]);
    expect(g.data[0]).toBe(3);
    expect(Math.max(...a4.data)).toBe(9);
  });
  it('globalAvgPool x=[C,H,W] → [C]', () => {
    const t = tensor([3, 2, 2], [0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]);
    expect(Array.from(globalAvgPool(t).data)).toEqual([4.5, 5.5, 6.5]);
  });
  it('avgPool2d size=2 s=2 = conv2d with the all-¼ kernel at stride 2 → [[4,4.5],[2,1.5]]', () => {
    const want = [
      [4, 4.5],
      [2, 1.5],
    ];
    expectRows(avgPool2d(a4, { size: 2 }), want);
    expectRows(conv2d(a4, tensor([2, 2], [0.25, 0.25, 0.25, 0.25]), { stride: 2 }), want);
  });
});

describe('L24 flatten', () => {
  it('flatten [[1,1,0],[4,2,1],[0,2,1]] → 1,1,0,4,2,1,0,2,1 (row-major)', () => {
    const f = flatten(fromRows([
      [1, 1, 0],
      [4, 2, 1],
      [0, 2, 1],
    ]));
    expect(f.shape).toEqual([9]);
    expect(Array.from(f.data)).toEqual([1, 1, 0, 4, 2, 1, 0, 2, 1]);
  });
  it('flatten of [64, 12, 12] has 9216 values', () => {
    expect(flatten(tensor([64, 12, 12])).shape).toEqual([9216]);
  });
});
