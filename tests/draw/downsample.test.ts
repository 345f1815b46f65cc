import { describe, expect, test } from 'vitest';
import { binarize, shrinkDigit } from '../../src/draw/downsample';

function img(cells: [number, number][], v = 1): Float32Array {
  const a = new Float32Array(784);
  for (const [r, c] of cells) a[r * 28 + c] = v;
  return a;
}

describe('shrinkDigit', () => {
  test('a vertical bar in the middle of its square becomes the middle column', () => {
    const cells: [number, number][] = [];
    for (let r = 4; r < 24; r++) for (let c = 13; c < 15; c++) cells.push([r, c]);
    const s = shrinkDigit(img(cells), 5);
    expect(s.length).toBe(25);
    expect(binarize(s, 0.35)).toEqual([0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0]);
  });
  test('ink is kept: the mean over the square times its area', () => {
    const cells: [number, number][] = [];
    for (let r = 10; r < 18; r++) for (let c = 10; c < 18; c++) cells.push([r, c]);
    const s = shrinkDigit(img(cells), 8); // the 8×8 block fills the 8×8 grid
    expect(Array.from(s).every((v) => Math.abs(v - 1) < 1e-6)).toBe(true);
  });
  test('an empty image gives zeros; a bad side is refused', () => {
    expect(Array.from(shrinkDigit(new Float32Array(784), 5))).toEqual(new Array(25).fill(0));
    expect(() => shrinkDigit(new Float32Array(784), 0)).toThrow(RangeError);
  });
});

describe('binarize', () => {
  test('relative threshold', () => {
    expect(binarize([0.1, 0.6, 0.25], 0.5)).toEqual([0, 1, 0]);
    expect(binarize([0, 0], 0.5)).toEqual([0, 0]);
  });
});
