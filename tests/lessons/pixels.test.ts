import { describe, expect, it } from 'vitest';
import { PSKANG_1, PSKANG_2_TOP, PSKANG_3_TOP } from '../../src/lessons/pixels/fixtures';
import { DIGIT, GREY_PATCH, RGB_PATCH, cellOf, flatIndex, flatIndexHWC, intensity, neighbours, printR, scaled } from '../../src/lessons/pixels/trace';

describe('pixels: the pskang dump (L35)', () => {
  const all = [...PSKANG_1.flat(), ...PSKANG_2_TOP.flat(), ...PSKANG_3_TOP.flat()];
  it('the first row of channel 1 starts 0.2784314 0.2784314 0.2745098 0.2745098', () => {
    expect(PSKANG_1[0].slice(0, 4)).toEqual([0.2784314, 0.2784314, 0.2745098, 0.2745098]);
  });
  it('every printed value is k/255 to 7 decimals, with k between 68 and 85', () => {
    for (const v of all) {
      const k = intensity(v);
      expect(Math.abs(v - k / 255)).toBeLessThan(5e-8);
      expect(k).toBeGreaterThanOrEqual(68);
      expect(k).toBeLessThanOrEqual(85);
      expect(printR(k / 255)).toBe(v.toFixed(7));
    }
  });
  it('the grey patch is channel 1 as 10×10 integers: first row 71 71 70 70 70 70 69 69 73 74', () => {
    expect(GREY_PATCH.rows).toBe(10);
    expect(GREY_PATCH.cols).toBe(10);
    expect(GREY_PATCH.k.slice(0, 10)).toEqual([71, 71, 70, 70, 70, 70, 69, 69, 73, 74]);
    expect(Math.min(...GREY_PATCH.k)).toBe(68);
    expect(Math.max(...GREY_PATCH.k)).toBe(75);
    expect(scaled(GREY_PATCH)[0]).toBe(71 / 255);
  });
  it('the colour patch: rows 1–6 of three channels (6×10×3 = 180 numbers); pixel (0, 0) is (71, 76, 82)', () => {
    expect(RGB_PATCH.map((p) => [p.rows, p.cols])).toEqual([[6, 10], [6, 10], [6, 10]]);
    expect(RGB_PATCH.map((p) => p.k[0])).toEqual([71, 76, 82]);
    expect(flatIndexHWC(0, 1, 2, 10, 3)).toBe(5);
  });
});

describe('pixels: a 28×28 digit and row-major flattening', () => {
  it('784 whole intensities 0–255 with ink, background and grey edges', () => {
    expect(DIGIT.k).toHaveLength(784);
    expect(DIGIT.k.every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
    expect(DIGIT.k.filter((v) => v === 0).length).toBeGreaterThan(500);
    expect(DIGIT.k.some((v) => v === 255)).toBe(true);
    expect(DIGIT.k.some((v) => v > 0 && v < 255)).toBe(true);
  });
  it('(r, c) ↔ r·28 + c', () => {
    expect(flatIndex(9, 8, 28)).toBe(260);
    expect(cellOf(260, 28)).toEqual({ row: 9, col: 8 });
    expect(cellOf(flatIndex(27, 27, 28), 28)).toEqual({ row: 27, col: 27 });
  });
  it('left/right neighbours are ±1 in the vector, up/down ±28', () => {
    expect(neighbours(9, 8, 28, 28).map((n) => [n.dir, n.index, n.offset])).toEqual([
      ['up', 232, -28],
      ['down', 288, 28],
      ['left', 259, -1],
      ['right', 261, 1],
    ]);
    expect(neighbours(0, 0, 28, 28).map((n) => n.dir)).toEqual(['down', 'right']);
  });
});
