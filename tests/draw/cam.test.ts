import { describe, expect, test } from 'vitest';
import { camOf, classScores, total, upsampleBilinear, type CamLayer } from '../../src/draw/cam';

// LESSONS.md L34's small teaching example.
const f1 = [0, 1, 0, 1, 3, 1, 0, 1, 0];
const f2 = [2, 1, 0, 1, 0, 0, 0, 0, 0];
// weights[k * N + c]: k = unit, c = class (cat 0, dog 1); w^cat = (1, 0.5), w^dog = (−0.5, 1)
// features channels last: f_k(x, y) at (y * 3 + x) * 2 + k
const l34: CamLayer = { features: f1.flatMap((v, p) => [v, f2[p]]), K: 2, H: 3, W: 3, weights: [1, -0.5, 0.5, 1], N: 2 };

describe('CAM, L34 example', () => {
  test('F = (7, 4), S_cat = 9, S_dog = 0.5', () => {
    const s = classScores(l34);
    expect(Array.from(s.F)).toEqual([7, 4]);
    expect(Array.from(s.S)).toEqual([9, 0.5]);
  });
  test('M_cat and M_dog as given, and each sums to its class score', () => {
    const mCat = camOf(l34, 0);
    const mDog = camOf(l34, 1);
    expect(Array.from(mCat)).toEqual([1, 1.5, 0, 1.5, 3, 1, 0, 1, 0]);
    expect(Array.from(mDog)).toEqual([2, 0.5, 0, 0.5, -1.5, -0.5, 0, -0.5, 0]);
    expect(total(mCat)).toBe(9);
    expect(total(mDog)).toBe(0.5);
  });
  test('with averaging and a bias: z_c = Σ M_c / (H·W) + b_c', () => {
    const s = classScores({ ...l34, bias: [0.25, -1] });
    expect(s.z[0]).toBeCloseTo(9 / 9 + 0.25, 12);
    expect(s.z[1]).toBeCloseTo(0.5 / 9 - 1, 12);
    expect(s.z[0]).toBeCloseTo(total(camOf(l34, 0)) / 9 + 0.25, 12);
  });
  test('Σ M_c = S_c on random maps', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    const K = 5, H = 4, W = 6, N = 3;
    const layer: CamLayer = {
      features: Array.from({ length: K * H * W }, rnd), K, H, W,
      weights: Array.from({ length: K * N }, rnd), N,
    };
    const s = classScores(layer);
    for (let c = 0; c < N; c++) expect(total(camOf(layer, c))).toBeCloseTo(s.S[c], 5); // M_c is float32
  });
  test('bad shapes and classes are refused', () => {
    expect(() => camOf({ ...l34, features: [1, 2] }, 0)).toThrow(RangeError);
    expect(() => camOf(l34, 2)).toThrow(RangeError);
    expect(() => classScores({ ...l34, bias: [1] })).toThrow(RangeError);
  });
});

describe('upsampleBilinear', () => {
  test('between pixel centres, edges repeated', () => {
    expect(Array.from(upsampleBilinear([0, 1], 1, 2, 1, 4))).toEqual([0, 0.25, 0.75, 1]);
  });
  test('a constant map stays constant', () => {
    const up = upsampleBilinear(new Array(49).fill(2), 7, 7, 28, 28);
    expect(up.every((v) => Math.abs(v - 2) < 1e-12)).toBe(true);
  });
});
