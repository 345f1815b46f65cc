/*
 * The Boolean donut filter (L14): a 5×5 set of conditions checked around one pixel.
 * Out-of-bounds pixels count as black.
 */
import type { Condition } from './fixtures';

/** Pixel colours of a binary image: 1 = white, 0 = black. */
export type BinaryImage = readonly (readonly number[])[];

/** One filter cell checked at one pixel. */
export interface ConditionCheck {
  /** Filter row and column. */
  row: number;
  col: number;
  condition: Condition;
  /** Image row and column under this filter cell (may be outside the image). */
  imageRow: number;
  imageCol: number;
  inBounds: boolean;
  /** What the pixel is: 1 white, 0 black (out of bounds → 0). */
  pixel: number;
  /** true when the condition holds or does not matter. */
  ok: boolean;
}

/** The whole filter checked at one pixel. */
export interface BooleanCheck {
  /** The image pixel under the filter's centre. */
  row: number;
  col: number;
  cells: ConditionCheck[][];
  /** Conditions that are not "doesn't matter". */
  conditions: number;
  failed: number;
  /** Every condition holds. */
  isDonut: boolean;
}

/**
 * Checks a Boolean filter centred on one pixel of a binary image. Pixels outside the image count
 * as black (0). Throws a `RangeError` for an even-sized filter or a pixel outside the image.
 *
 * @example
 * // the lecture's upper-left pixel: 9 failed conditions, not a donut
 * checkAt(BOOLEAN_FILTER, BINARY_IMAGE, 0, 0).failed; // 9
 */
export function checkAt(filter: readonly (readonly Condition[])[], image: BinaryImage, row: number, col: number): BooleanCheck {
  const fh = filter.length;
  const fw = fh === 0 ? 0 : filter[0].length;
  if (fh % 2 === 0 || fw % 2 === 0) throw new RangeError(`the filter needs an odd size to have a centre; it is ${fh}×${fw}`);
  const H = image.length;
  const W = H === 0 ? 0 : image[0].length;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= H || col >= W) {
    throw new RangeError(`pixel (${row}, ${col}) is outside the ${H}×${W} image`);
  }
  const cy = (fh - 1) / 2;
  const cx = (fw - 1) / 2;
  const cells: ConditionCheck[][] = [];
  let conditions = 0;
  let failed = 0;
  for (let i = 0; i < fh; i++) {
    const line: ConditionCheck[] = [];
    for (let j = 0; j < fw; j++) {
      const imageRow = row + i - cy;
      const imageCol = col + j - cx;
      const inBounds = imageRow >= 0 && imageRow < H && imageCol >= 0 && imageCol < W;
      const pixel = inBounds ? (image[imageRow][imageCol] > 0 ? 1 : 0) : 0;
      const condition = filter[i][j];
      const ok = condition === 'X' || (condition === 'B' ? pixel === 0 : pixel === 1);
      if (condition !== 'X') {
        conditions++;
        if (!ok) failed++;
      }
      line.push({ row: i, col: j, condition, imageRow, imageCol, inBounds, pixel, ok });
    }
    cells.push(line);
  }
  return { row, col, cells, conditions, failed, isDonut: failed === 0 };
}

/**
 * Checks the filter at every pixel, row by row: the "failed conditions" map.
 *
 * @example
 * checkAll(BOOLEAN_FILTER, BINARY_IMAGE)[0].failed; // 9 (upper-left pixel)
 */
export function checkAll(filter: readonly (readonly Condition[])[], image: BinaryImage): BooleanCheck[] {
  const out: BooleanCheck[] = [];
  for (let r = 0; r < image.length; r++) for (let c = 0; c < image[r].length; c++) out.push(checkAt(filter, image, r, c));
  return out;
}

/**
 * Encodes a binary image for the URL: one row per `-`-separated group of 0/1 digits.
 *
 * @example
 * encodeBinary([[0, 1], [1, 0]]); // "01-10"
 */
export function encodeBinary(image: BinaryImage): string {
  return image.map((r) => r.map((v) => (v > 0 ? '1' : '0')).join('')).join('-');
}

/**
 * Reads a binary image from its URL form; undefined when it is malformed (rows of different
 * lengths, characters other than 0/1, or a size outside 5…12).
 *
 * @example
 * decodeBinary('01-10'); // undefined (too small)
 */
export function decodeBinary(raw: string): number[][] | undefined {
  const rows = raw.split('-');
  if (rows.length < 5 || rows.length > 12) return undefined;
  const w = rows[0].length;
  if (w < 5 || w > 12) return undefined;
  const out: number[][] = [];
  for (const r of rows) {
    if (r.length !== w || !/^[01]+$/.test(r)) return undefined;
    out.push(Array.from(r, (ch) => (ch === '1' ? 1 : 0)));
  }
  return out;
}
