import { describe, expect, it } from 'vitest';
import { conv2d, convStepAt, convSteps, fromRows, tensor } from '../../src/core';

function noise(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.round((s / 2147483648) * 255);
  });
}

describe('convStepAt', () => {
  it('L12: the sharpen kernel on the corner with top/left padding gives 320 at (0, 0)', () => {
    const corner = fromRows([[105, 102, 100, 97, 96], [103, 99, 103, 101, 102], [101, 98, 104, 102, 100], [99, 101, 106, 104, 99], [104, 104, 104, 100, 98]]);
    const sharpen = fromRows([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]);
    const s = convStepAt(corner, sharpen, { padding: [1, 0, 1, 0] }, 0, 0);
    expect(s.result).toBe(320);
    expect(Array.from(s.patch.data)).toEqual([0, 0, 0, 0, 105, 102, 0, 103, 99]);
    expect(s.isPadding).toEqual([true, true, true, true, false, false, true, false, false]);
  });

  it('equals the full trace step for every cell, kernel size, padding and stride (results bit-identical to conv2d)', () => {
    const img = tensor([1, 13, 11], noise(143, 7));
    for (const k of [1, 3, 5, 7]) {
      const kernel = tensor([k, k], noise(k * k, k).map((v) => (v - 128) / 37));
      for (const padding of [0, 1, Math.floor(k / 2), k - 1]) {
        for (const stride of [1, 2, 3]) {
          const opts = { padding, stride };
          const full = convSteps(img, kernel, opts);
          const out = conv2d(img, kernel, opts);
          for (const step of full.steps) {
            const one = convStepAt(img, kernel, opts, step.row, step.col);
            expect(one.result).toBe(out.data[step.outIndex]);
            expect(one).toEqual(step);
          }
        }
      }
    }
  });

  it('works on three channels with a bias', () => {
    const img = tensor([3, 6, 6], noise(108, 3));
    const w = tensor([3, 3, 3], noise(27, 5).map((v) => v - 128));
    const opts = { padding: 1, bias: 1 };
    const full = convSteps(img, w, opts);
    expect(convStepAt(img, w, opts, 2, 5)).toEqual(full.steps[2 * 6 + 5]);
  });

  it('refuses a cell outside the output', () => {
    expect(() => convStepAt(fromRows([[1, 2], [3, 4]]), fromRows([[1]]), {}, 2, 0)).toThrow(RangeError);
  });
});
