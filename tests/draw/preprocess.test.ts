import { describe, expect, test } from 'vitest';
import {
  centreOfMass, fitToBox, inkBoundingBox, inkImage, placeByCentreOfMass, preprocess, type InkImage,
} from '../../src/draw/preprocess';

/** A canvas-sized image with a filled rectangle of ink (columns x0..x1-1, rows y0..y1-1). */
function rect(w: number, h: number, x0: number, y0: number, x1: number, y1: number, v = 1): InkImage {
  const img = inkImage(w, h);
  for (let r = y0; r < y1; r++) for (let c = x0; c < x1; c++) img.data[r * w + c] = v;
  return img;
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

describe('inkBoundingBox', () => {
  test('finds the ink rectangle (end exclusive)', () => {
    expect(inkBoundingBox(rect(280, 280, 30, 40, 90, 200))).toEqual({ x0: 30, y0: 40, x1: 90, y1: 200 });
  });
  test('ignores dust below the threshold', () => {
    const img = rect(10, 10, 2, 2, 4, 4);
    img.data[99] = 0.05;
    expect(inkBoundingBox(img)).toEqual({ x0: 2, y0: 2, x1: 4, y1: 4 });
  });
  test('an empty image has no box', () => {
    expect(inkBoundingBox(inkImage(280, 280))).toBeNull();
  });
});

describe('fitToBox', () => {
  test('100×50 ink → 20×10: the longer side becomes 20, the aspect ratio is kept', () => {
    const img = rect(280, 280, 10, 10, 110, 60);
    const f = fitToBox(img, inkBoundingBox(img)!);
    expect([f.image.width, f.image.height]).toEqual([20, 10]);
    expect(f.scale).toBeCloseTo(0.2, 12);
    for (const v of f.image.data) expect(v).toBeCloseTo(1, 6);
  });
  test('a tall thin stroke (12×200) → 2×20 (1.2 columns: the second one partly inked)', () => {
    const img = rect(280, 280, 100, 40, 112, 240);
    const f = fitToBox(img, inkBoundingBox(img)!);
    expect([f.image.width, f.image.height]).toEqual([2, 20]);
    expect(f.image.data[0]).toBeCloseTo(1, 6);
    expect(f.image.data[1]).toBeCloseTo(0.2, 5);
    // Area averaging keeps the amount of ink, scaled by the area factor.
    expect(sum(f.image.data)).toBeCloseTo(12 * 200 * 0.1 * 0.1, 4);
  });
  test('a small drawing is scaled up to 20 on its longer side', () => {
    const img = rect(280, 280, 5, 5, 15, 10); // 10×5
    const f = fitToBox(img, inkBoundingBox(img)!);
    expect([f.image.width, f.image.height]).toEqual([20, 10]);
    expect(f.scale).toBe(2);
  });
  test('an empty box is refused', () => {
    expect(() => fitToBox(inkImage(4, 4), { x0: 1, y0: 1, x1: 1, y1: 3 })).toThrow(RangeError);
  });
});

describe('centreOfMass / placeByCentreOfMass', () => {
  test('pixel centres are at +0.5', () => {
    expect(centreOfMass(inkImage(3, 1, [0, 0, 1]))).toEqual({ x: 2.5, y: 0.5 });
    expect(centreOfMass(inkImage(2, 2))).toBeNull();
  });
  test('a lopsided shape is shifted so its centre of mass is at (14, 14) ± 0.5', () => {
    // a triangle, heavy at the bottom-left (centre of mass ≈ (7.2, 13.3) in the 20×20 box)
    const fitted = inkImage(20, 20);
    for (let r = 0; r < 20; r++) for (let c = 0; c <= r; c++) fitted.data[r * 20 + c] = 0.5 + 0.5 * ((r + c) % 2);
    const p = placeByCentreOfMass(fitted);
    const com = centreOfMass(p.image)!;
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
    expect(p.centre.x).toBeCloseTo(com.x, 5);
    expect(sum(p.image.data)).toBeCloseTo(sum(fitted.data), 5);
  });
  test('the shift is clamped so no ink falls off the 28×28 image', () => {
    const fitted = inkImage(20, 20);
    fitted.data[0] = 1; // all mass in the corner
    const p = placeByCentreOfMass(fitted);
    expect(p.offset).toEqual({ x: 8, y: 8 });
    expect(sum(p.image.data)).toBe(1);
  });
});

describe('preprocess', () => {
  test('a small digit in a corner ends up 20 pixels tall, centred at (14, 14) ± 0.5', () => {
    // a small "7"-like shape in the top-left corner of a 280×280 canvas
    const img = inkImage(280, 280);
    for (let c = 10; c < 50; c++) for (let r = 10; r < 16; r++) img.data[r * 280 + c] = 1;
    for (let r = 16; r < 70; r++) for (let c = 40 - Math.floor((r - 16) / 3); c < 46 - Math.floor((r - 16) / 3); c++) img.data[r * 280 + c] = 1;
    const p = preprocess(img)!;
    expect(p).not.toBeNull();
    expect(p.fitted.image.height).toBe(20);
    expect(p.input.length).toBe(784);
    const com = centreOfMass(p.placed.image)!;
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
    const box = inkBoundingBox(p.placed.image, 1e-6)!;
    expect(box.y1 - box.y0).toBe(20);
    for (const v of p.input) expect(v >= 0 && v <= 1).toBe(true);
  });
  test('the same digit anywhere on the canvas gives the same model input', () => {
    const a = rect(280, 280, 20, 30, 60, 130);
    const b = rect(280, 280, 200, 150, 240, 250);
    expect(Array.from(preprocess(b)!.input)).toEqual(Array.from(preprocess(a)!.input));
  });
  test('an empty canvas gives null (no guess)', () => {
    expect(preprocess(inkImage(280, 280))).toBeNull();
  });
  test('inkImage refuses a wrong number of values', () => {
    expect(() => inkImage(2, 2, [1, 2, 3])).toThrow(RangeError);
  });
});
