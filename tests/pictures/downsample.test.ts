import { describe, expect, it } from 'vitest';
import { centredSquare, downsample, greyOf, greyPixels, type RgbaImage } from '../../src/pictures/downsample';
import { clampCrop, cropChannels } from '../../src/pictures/crop';

/** A width×height picture whose pixel (x, y) has the colour `f(x, y)`. */
function picture(width: number, height: number, f: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = f(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

describe('centredSquare', () => {
  it('keeps the middle of a wide or tall picture', () => {
    expect(centredSquare(640, 480)).toEqual({ x: 80, y: 0, side: 480 });
    expect(centredSquare(3, 8)).toEqual({ x: 0, y: 2, side: 3 });
    expect(centredSquare(5, 5)).toEqual({ x: 0, y: 0, side: 5 });
  });
});

describe('downsample', () => {
  it('averages whole blocks exactly (a 32×32 picture of 4×4 blocks → 8×8)', () => {
    const block = (x: number, y: number) => (Math.floor(y / 4) * 8 + Math.floor(x / 4)) * 4;
    const img = picture(32, 32, (x, y) => [block(x, y), 255 - block(x, y), (block(x, y) * 3) % 256]);
    const g = downsample(img, 8);
    expect(g.size).toBe(8);
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) {
        const v = (i * 8 + j) * 4;
        expect(g.r[i * 8 + j]).toBe(v);
        expect(g.g[i * 8 + j]).toBe(255 - v);
        expect(g.b[i * 8 + j]).toBe((v * 3) % 256);
        expect(g.grey[i * 8 + j]).toBe(Math.round(greyOf(v, 255 - v, (v * 3) % 256)));
      }
    }
  });

  it('counts a pixel cut by a cell border with its share of area', () => {
    // 3 pixels wide, 2 cells: cell 0 = pixel 0 + half of pixel 1, cell 1 = half of pixel 1 + pixel 2
    const img = picture(3, 3, (x) => [[0, 90, 180][x], 0, 0]);
    const g = downsample(img, 2);
    expect(Array.from(g.r)).toEqual([30, 150, 30, 150]);
  });

  it('uses the mean before rounding: black and white give 128 (127.5 rounded)', () => {
    const img = picture(2, 2, (x, y) => ((x + y) % 2 ? [255, 255, 255] : [0, 0, 0]));
    expect(Array.from(downsample(img, 1).grey)).toEqual([128]);
  });

  it('crops a wide picture to its centred square', () => {
    const img = picture(6, 2, (x) => [x * 10, 0, 0]);
    expect(Array.from(downsample(img, 2).r)).toEqual([20, 30, 20, 30]);
  });

  it('grey is 0.299 R + 0.587 G + 0.114 B', () => {
    expect(Array.from(downsample(picture(1, 1, () => [255, 0, 0]), 1).grey)).toEqual([76]);
    expect(Array.from(downsample(picture(1, 1, () => [0, 255, 0]), 1).grey)).toEqual([150]);
    expect(Array.from(downsample(picture(1, 1, () => [0, 0, 255]), 1).grey)).toEqual([29]);
    expect(Array.from(greyPixels(picture(2, 1, (x) => (x ? [0, 0, 255] : [255, 0, 0]))))).toEqual([76, 29]);
  });

  it('refuses a grid larger than the picture or an empty picture', () => {
    expect(() => downsample(picture(4, 4, () => [0, 0, 0]), 8)).toThrow(RangeError);
    expect(() => downsample({ width: 0, height: 0, data: [] }, 1)).toThrow(RangeError);
    expect(() => downsample(picture(4, 4, () => [0, 0, 0]), 2.5)).toThrow(RangeError);
  });
});

describe('cropChannels', () => {
  const img = picture(8, 8, (x, y) => [y * 8 + x, 100 + y, 200 + x]);
  const grid = downsample(img, 8);
  it('takes the R, G and B rows of the square at (row, col)', () => {
    expect(cropChannels(grid, 1, 2, 2)).toEqual([
      [[10, 11], [18, 19]],
      [[101, 101], [102, 102]],
      [[202, 203], [202, 203]],
    ]);
  });
  it('refuses a crop that does not fit, and clampCrop moves it inside', () => {
    expect(() => cropChannels(grid, 7, 0, 2)).toThrow(RangeError);
    expect(clampCrop(7, -3, 8, 2)).toEqual({ row: 6, col: 0 });
    expect(clampCrop(Number.NaN, 3.4, 8, 5)).toEqual({ row: 0, col: 3 });
  });
});
