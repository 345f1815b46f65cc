// Golden values of the convolution lessons, part 2 (L11, L12, L15, L19, L22): three channels and a bias,
// the sharpen kernel, the donut filter and stride. Part 1 (L06–L10) is conv2d.lessons.test.ts.
import { describe, expect, it } from 'vitest';
import { conv2d, convSteps, fromRows, tensor, toRows } from '../../src/core';
import { channelRows, expectRows, roundRows } from './helpers';

describe('L11 three input channels plus a bias → −25', () => {
  const red = [
    [156, 155, 156, 158, 158],
    [153, 154, 157, 159, 159],
    [149, 151, 155, 158, 159],
    [146, 146, 149, 153, 158],
    [145, 143, 143, 148, 158],
  ];
  const green = [
    [167, 166, 167, 169, 169],
    [164, 165, 168, 170, 170],
    [160, 162, 166, 169, 170],
    [156, 156, 159, 163, 168],
    [155, 153, 153, 158, 168],
  ];
  const blue = [
    [163, 162, 163, 165, 165],
    [160, 161, 164, 166, 166],
    [156, 158, 162, 165, 166],
    [155, 155, 158, 162, 167],
    [154, 152, 152, 157, 167],
  ];
  const image = tensor([3, 5, 5], [red, green, blue].flat(2));
  const kernel = tensor(
    [3, 3, 3],
    [
      [-1, -1, 1, 0, 1, -1, 0, 1, 1],
      [1, 0, 0, 1, -1, -1, 1, 0, -1],
      [0, 1, 1, 0, 1, 0, 1, -1, 1],
    ].flat(),
  );
  const opts = { padding: 1, bias: 1 } as const;

  it('conv2d x=[3,5,5] f=[3,3,3] p=1 bias=1: output (0,0) = 308 − 498 + 164 + 1 = −25', () => {
    const t = convSteps(image, kernel, opts);
    const s = t.steps[0];
    expect(s.channelSums).toEqual([308, -498, 164]);
    expect(s.sum).toBe(-26);
    expect(s.bias).toBe(1);
    expect(s.result).toBe(-25);
    expect(channelRows(s.products, 0)).toEqual([
      [0, 0, 0],
      [0, 156, -155],
      [0, 153, 154],
    ]);
    expect(channelRows(s.products, 1)).toEqual([
      [0, 0, 0],
      [0, -167, -166],
      [0, 0, -165],
    ]);
    expect(channelRows(s.products, 2)).toEqual([
      [0, 0, 0],
      [0, 163, 0],
      [0, -160, 161],
    ]);
    expect(s.isPadding).toEqual([true, true, true, true, false, false, true, false, false]);
  });
  it('the 4×4 corner grid that the visible pixels determine, and each channel part', () => {
    const out = toRows(conv2d(image, kernel, opts));
    expect(out.slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      [-25, 466, 466, 475],
      [295, 787, 798, 812],
      [291, 776, 784, 800],
      [293, 771, 773, 782],
    ]);
    const t = convSteps(image, kernel, opts);
    const part = (c: number) =>
      [0, 1, 2, 3].map((r) => [0, 1, 2, 3].map((q) => t.steps[r * 5 + q].channelSums[c]));
    expect(part(0)).toEqual([
      [308, 310, 314, 318],
      [298, 148, 158, 161],
      [291, 141, 147, 153],
      [290, 138, 139, 147],
    ]);
    expect(part(1)).toEqual([
      [-498, -170, -175, -173],
      [-491, -8, -14, -9],
      [-478, -7, -15, -14],
      [-465, 3, -9, -21],
    ]);
    expect(part(2)).toEqual([
      [164, 325, 326, 329],
      [487, 646, 653, 659],
      [477, 641, 651, 660],
      [467, 629, 642, 655],
    ]);
  });
  it('flipping the kernels (true convolution) would give 337 instead', () => {
    const flipped = tensor([3, 3, 3], Array.from({ length: 27 }, (_, i) => kernel.data[Math.floor(i / 9) * 9 + 8 - (i % 9)]));
    expect(conv2d(image, flipped, opts).data[0]).toBe(337);
  });
});

describe('L12 sharpen kernel on a padded grey image → 320', () => {
  const grey = fromRows([
    [105, 102, 100, 97, 96],
    [103, 99, 103, 101, 102],
    [101, 98, 104, 102, 100],
    [99, 101, 106, 104, 99],
    [104, 104, 104, 100, 98],
  ]);
  const sharpen = fromRows([
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ]);
  it('conv2d x=[5,5] f=sharpen p=1: (0,0) = 105·5 − 102 − 103 = 320 and the 4×4 corner', () => {
    const out = toRows(conv2d(grey, sharpen, { padding: 1 }));
    expect(out[0][0]).toBe(320);
    expect(out.slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      [320, 206, 198, 188],
      [210, 89, 111, 101],
      [205, 85, 111, 101],
      [189, 98, 117, 113],
    ]);
  });
});

describe('L15 the 5×5 donut filter on the 8×8 image', () => {
  const image = fromRows([
    [0.73, 0.86, 0.74, 0.85, 0.99, 0.58, 0.96, 0.25],
    [0.29, 0.92, 0.25, 0.38, 0.67, 0.16, 0.63, 0.73],
    [0.9, 0.99, 0.95, 0.06, 0.56, 0.85, 0.23, 0.84],
    [0.0, 0.45, 0.55, 0.28, 0.33, 0.59, 0.69, 0.01],
    [0.5, 0.23, 0.03, 0.41, 0.48, 0.23, 0.62, 0.69],
    [0.85, 0.52, 0.11, 0.95, 0.8, 0.24, 0.03, 0.54],
    [0.99, 0.07, 0.69, 0.35, 0.05, 0.15, 0.61, 0.8],
    [0.03, 0.84, 0.79, 0.52, 0.17, 0.66, 0.73, 0.01],
  ]);
  const donut = fromRows([
    [0.0, -0.2, -0.1, -0.2, 0.0],
    [-0.2, 0.7, 1.0, 0.7, -0.2],
    [-0.1, 1.0, -2.5, 1.0, -0.1],
    [-0.2, 0.7, 1.0, 0.7, -0.2],
    [0.0, -0.2, -0.1, -0.2, 0.0],
  ]);
  const recomputed = [
    [-0.44, -0.01, 0.35, -0.04, -0.58, 0.99, -0.91, 1.29],
    [2.67, 2.04, 3.36, 2.18, 1.18, 3.47, 1.7, 0.29],
    [-0.61, 0.86, -0.06, 2.1, 0.39, -0.02, 2.71, -0.85],
    [2.05, 1.74, 0.41, 1.0, 1.19, 1.05, 0.91, 2.26],
    [-0.03, 0.88, 1.81, 1.07, 1.33, 1.79, 0.17, -0.57],
    [-0.32, 0.86, 1.54, -0.49, -0.35, 0.73, 2.66, 0.64],
    [-0.92, 3.65, 0.97, 2.03, 2.37, 1.63, 0.76, -0.7],
    [1.4, -0.4, -0.16, 0.06, 0.42, -0.61, -0.07, 1.78],
  ];

  it('conv2d x=[8,8] f=[5,5] p=2 reproduces the recomputed 8×8 map to 2 decimals', () => {
    const out = conv2d(image, donut, { padding: 2 });
    expect(out.shape).toEqual([8, 8]);
    // "to 2 decimals": every value within half a unit of the 2nd decimal. (7,4) is exactly 0.425,
    // which numpy printed as 0.42 (round half to even), so a tie may go either way.
    toRows(out).forEach((row, r) =>
      row.forEach((v, c) => expect(Math.abs(v - recomputed[r][c])).toBeLessThanOrEqual(0.005 + 1e-9)),
    );
    expect(out.data[7 * 8 + 4]).toBeCloseTo(0.425, 12);
  });
  it('top-left pixel = −0.443, and its trace uses only the in-bounds 3×3 part', () => {
    const s = convSteps(image, donut, { padding: 2 }).steps[0];
    expect(s.result).toBeCloseTo(-0.443, 10);
    expect(s.isPadding.filter((p) => !p)).toHaveLength(9);
    expect(s.inputOrigin).toEqual({ row: -2, col: -2 });
  });
  it('the most donutty pixel is (6,1), 3.65', () => {
    const out = conv2d(image, donut, { padding: 2 });
    let best = 0;
    out.data.forEach((v, i) => {
      if (v > out.data[best]) best = i;
    });
    expect([Math.floor(best / 8), best % 8]).toEqual([6, 1]);
    expect(Math.round(out.data[best] * 100) / 100).toBe(3.65);
  });
  it('without padding the output is 4×4, the centre (rows/cols 2–5) of the padded map', () => {
    const out = conv2d(image, donut);
    expect(roundRows(toRows(out), 2)).toEqual([
      [-0.06, 2.1, 0.39, -0.02],
      [0.41, 1.0, 1.19, 1.05],
      [1.81, 1.07, 1.33, 1.79],
      [1.54, -0.49, -0.35, 0.73],
    ]);
    const padded = conv2d(image, donut, { padding: 2 });
    toRows(out).forEach((row, r) => row.forEach((v, c) => expect(v).toBe(padded.data[(r + 2) * 8 + c + 2])));
  });
});

const grid5 = fromRows([
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
]);
const arithKernel = fromRows([
  [0, 1, 2],
  [2, 2, 0],
  [0, 1, 2],
]);

describe('L19 stride (conv_arithmetic numbers)', () => {
  it('conv2d x=[5,5] f=[3,3] s=2 p=1 → [[6,17,3],[8,17,13],[6,4,4]]', () => {
    expectRows(conv2d(grid5, arithKernel, { stride: 2, padding: 1 }), [
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ]);
  });
});

describe('L22 convolution on the same 5×5 grid', () => {
  it('conv2d x=[5,5] f=[3,3] s=1 p=valid → [[12,12,17],[10,17,19],[9,6,14]]', () => {
    expectRows(conv2d(grid5, arithKernel), [
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ]);
  });
});
