/*
 * Shrinks the 28×28 model input to the small grids other lessons take as their `input`:
 * a 5×5 binary image for the convolution walk, an 8×8 binary image for the donut filter.
 * The digit's square around its ink is averaged down (each cell = mean ink of its area).
 */
import { fitToBox, inkBoundingBox, inkImage, MODEL_SIZE, type InkImage } from './preprocess';

/**
 * The ink's bounding square (the box widened to a square around its centre, staying in the image),
 * averaged down to n×n. Returns n×n zeros for an image without ink.
 *
 * @example
 * shrinkDigit(prep.input, 8); // 64 values 0…1, row-major
 */
export function shrinkDigit(input: ArrayLike<number>, n: number, size = MODEL_SIZE): Float32Array {
  if (!Number.isInteger(n) || n < 1 || n > size) throw new RangeError(`a grid side must be a whole number from 1 to ${size}, not ${n}`);
  const img = inkImage(size, size, input);
  const box = inkBoundingBox(img, 1e-3);
  if (!box) return new Float32Array(n * n);
  const side = Math.max(box.x1 - box.x0, box.y1 - box.y0, n);
  // A square of `side` around the box, possibly past the image's edge: copy into a padded image.
  const sx = Math.floor((box.x0 + box.x1 - side) / 2);
  const sy = Math.floor((box.y0 + box.y1 - side) / 2);
  const square: InkImage = inkImage(side, side);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const y = sy + r, x = sx + c;
      if (y >= 0 && y < size && x >= 0 && x < size) square.data[r * side + c] = img.data[y * size + x];
    }
  }
  return fitToBox(square, { x0: 0, y0: 0, x1: side, y1: side }, n).image.data;
}

/**
 * Cells whose mean ink reaches `threshold` of the strongest cell become 1, the others 0.
 *
 * @example
 * binarize([0.1, 0.6, 0.25], 0.5); // [0, 1, 0]  (0.25 < 0.5 × 0.6)
 */
export function binarize(values: ArrayLike<number>, threshold = 0.5): number[] {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  return Array.from(values, (v) => (max > 0 && v >= threshold * max ? 1 : 0));
}
