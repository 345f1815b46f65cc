import { describe, expect, it } from 'vitest';
import { affineImage, shiftImage, thickenImage, thinImage } from '../../src/core/imageTransforms';
import { ROBUST_TRANSFORMS, applyRobustTransform, transformSet } from '../../src/core/robustSets';
import { augmentImage, parseAugmentList } from '../../src/core/augmentation';
import { mulberry32 } from '../../src/model/random';

/** A 28×28 image whose pixel (r, c) is r * 28 + c + 1 (every value different, none paper). */
function ramp(n = 28): Float32Array {
  return Float32Array.from({ length: n * n }, (_, i) => i + 1);
}

function at(img: ArrayLike<number>, r: number, c: number, n = 28): number {
  return img[r * n + c];
}

describe('shiftImage', () => {
  it('dx=1: every pixel moves one to the right, column 0 becomes paper', () => {
    const img = ramp();
    const out = shiftImage(img, 1, 0);
    for (let r = 0; r < 28; r++) {
      expect(at(out, r, 0)).toBe(0);
      for (let c = 1; c < 28; c++) expect(at(out, r, c)).toBe(at(img, r, c - 1));
    }
  });
  it('dy=-1: every pixel moves one up, the last row becomes paper', () => {
    const img = ramp();
    const out = shiftImage(img, 0, -1);
    for (let c = 0; c < 28; c++) {
      expect(at(out, 27, c)).toBe(0);
      for (let r = 0; r < 27; r++) expect(at(out, r, c)).toBe(at(img, r + 1, c));
    }
  });
  it('3×3 worked example and shift back loses only the edge', () => {
    expect(Array.from(shiftImage([1, 2, 3, 4, 5, 6, 7, 8, 9], 1, 0))).toEqual([0, 1, 2, 0, 4, 5, 0, 7, 8]);
    expect(Array.from(shiftImage(shiftImage([1, 2, 3, 4, 5, 6, 7, 8, 9], 0, 1), 0, -1))).toEqual([1, 2, 3, 4, 5, 6, 0, 0, 0]);
  });
  it('rejects fractional shifts, non-square images and out === input', () => {
    expect(() => shiftImage(ramp(), 0.5, 0)).toThrow(RangeError);
    expect(() => shiftImage(new Float32Array(10), 1, 0)).toThrow(/square/);
    const img = ramp();
    expect(() => shiftImage(img, 1, 0, img)).toThrow(RangeError);
  });
  it('does not change its input', () => {
    const img = ramp();
    shiftImage(img, 2, 3);
    expect(img).toEqual(ramp());
  });
});

describe('affineImage', () => {
  it('identity parameters give the image back', () => {
    const img = ramp();
    expect(Array.from(affineImage(img, {}))).toEqual(Array.from(img));
  });
  it('a whole-pixel dx equals shiftImage', () => {
    const img = ramp();
    expect(Array.from(affineImage(img, { dx: 2, dy: -1 }))).toEqual(Array.from(shiftImage(img, 2, -1)));
  });
  it('90° clockwise moves the top-left pixel to the top-right', () => {
    const img = new Float32Array(784);
    img[0] = 1;
    const out = affineImage(img, { degrees: 90 });
    expect(at(out, 0, 27)).toBeCloseTo(1, 5);
    expect(at(out, 0, 0)).toBeCloseTo(0, 5);
  });
  it('scale 0.5 halves the extent of a centred square', () => {
    const img = new Float32Array(784);
    for (let r = 4; r < 24; r++) for (let c = 4; c < 24; c++) img[r * 28 + c] = 1;
    const out = affineImage(img, { scale: 0.5 });
    const rowsWithInk = new Set<number>();
    for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) if (at(out, r, c) > 0.5) rowsWithInk.add(r);
    expect(rowsWithInk.size).toBe(10);
  });
  it('rejects a zero scale', () => {
    expect(() => affineImage(ramp(), { scale: 0 })).toThrow(RangeError);
  });
});

describe('thicken and thin', () => {
  it('a single dot becomes a plus', () => {
    expect(Array.from(thickenImage([0, 0, 0, 0, 1, 0, 0, 0, 0]))).toEqual([0, 1, 0, 1, 1, 1, 0, 1, 0]);
  });
  it('a 3-pixel-wide vertical line becomes 1 pixel wide (and 5 wide when thickened)', () => {
    const img = new Float32Array(784);
    for (let r = 2; r < 26; r++) for (let c = 12; c < 15; c++) img[r * 28 + c] = 1;
    const thin = thinImage(img);
    const thick = thickenImage(img);
    expect([11, 12, 13, 14, 15].map((c) => at(thin, 14, c))).toEqual([0, 0, 1, 0, 0]);
    expect([10, 11, 12, 14, 15, 16].map((c) => at(thick, 14, c))).toEqual([0, 1, 1, 1, 1, 0]);
  });
});

describe('robustness sets', () => {
  it('25 sets with unique ids', () => {
    expect(ROBUST_TRANSFORMS.length).toBe(25);
    expect(new Set(ROBUST_TRANSFORMS.map((t) => t.id)).size).toBe(25);
  });
  it('shift-right-1 moves every pixel by one; plain copies', () => {
    const img = ramp();
    const right1 = ROBUST_TRANSFORMS.find((t) => t.id === 'shift-right-1')!;
    expect(Array.from(applyRobustTransform(right1, img))).toEqual(Array.from(shiftImage(img, 1, 0)));
    expect(Array.from(applyRobustTransform(ROBUST_TRANSFORMS[0], img))).toEqual(Array.from(img));
  });
  it('transformSet is deterministic and rounds to bytes', () => {
    const images = new Uint8Array(2 * 784);
    images[14 * 28 + 14] = 200;
    images[784 + 3] = 90;
    const t = ROBUST_TRANSFORMS.find((x) => x.id === 'shift-up-2')!;
    const a = transformSet(t, images, 2);
    expect(a[12 * 28 + 14]).toBe(200);
    expect(a.reduce((s, v) => s + v, 0)).toBe(200); // the second image's pixel in row 0 left the picture
    expect(transformSet(t, images, 2)).toEqual(a);
    const rot = ROBUST_TRANSFORMS.find((x) => x.id === 'rotate-cw15')!;
    expect(transformSet(rot, images, 2)).toEqual(transformSet(rot, images, 2));
  });
});

describe('augmentation', () => {
  it('parses the comma list, reports unknown names', () => {
    expect(parseAugmentList('rotate,shift,shift')).toEqual({ names: ['shift', 'rotate'], unknown: [] });
    expect(parseAugmentList('shift,wobble')).toEqual({ names: ['shift'], unknown: ['wobble'] });
    expect(parseAugmentList('')).toEqual({ names: [], unknown: [] });
  });
  it('the same seed gives the same images, the next draw a different one', () => {
    const img = new Float32Array(784);
    for (let r = 6; r < 22; r++) img[r * 28 + 13] = 1;
    const a = augmentImage(img, ['shift', 'rotate', 'scale', 'thickness'], mulberry32(5));
    const b = augmentImage(img, ['shift', 'rotate', 'scale', 'thickness'], mulberry32(5));
    expect(Array.from(a)).toEqual(Array.from(b));
    const r = mulberry32(5);
    const first = augmentImage(img, ['shift', 'rotate'], r);
    const second = augmentImage(img, ['shift', 'rotate'], r);
    expect(Array.from(first)).not.toEqual(Array.from(second));
  });
  it('shift only moves by whole pixels within ±3 and keeps the ink', () => {
    const img = new Float32Array(784);
    img[14 * 28 + 14] = 1;
    const r = mulberry32(9);
    for (let k = 0; k < 20; k++) {
      const out = augmentImage(img, ['shift'], r);
      const i = Array.from(out).indexOf(1);
      expect(Array.from(out).reduce((s, v) => s + v, 0)).toBe(1);
      expect(Math.abs(Math.floor(i / 28) - 14)).toBeLessThanOrEqual(3);
      expect(Math.abs((i % 28) - 14)).toBeLessThanOrEqual(3);
    }
  });
  it('no names: a copy', () => {
    const img = ramp();
    expect(Array.from(augmentImage(img, [], mulberry32(1)))).toEqual(Array.from(img));
  });
});
