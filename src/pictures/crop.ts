/*
 * A square crop of a picture's grid as channels: what the RGB convolution lesson takes in place of
 * the lecture's 3-channel input. Pure.
 */
import type { PictureGrid } from './downsample';

/** Channel-first rows: `[R, G, B]`, each `side` rows of `side` whole numbers 0–255. */
export type ChannelRows = number[][][];

/**
 * The top-left corner a crop may take so that it stays inside the grid: clamps (row, col).
 *
 * @example
 * clampCrop(30, 2, 32, 5); // { row: 27, col: 2 }
 */
export function clampCrop(row: number, col: number, gridSize: number, side: number): { row: number; col: number } {
  const max = Math.max(0, gridSize - side);
  const clamp = (v: number) => Math.max(0, Math.min(max, Math.round(Number.isFinite(v) ? v : 0)));
  return { row: clamp(row), col: clamp(col) };
}

/**
 * The side×side crop at (row, col) of the grid's R, G and B channels. Throws a RangeError when the
 * crop does not fit.
 *
 * @example
 * cropChannels(grid, 0, 0, 5); // [[5 rows of R], [5 rows of G], [5 rows of B]]
 */
export function cropChannels(grid: PictureGrid, row: number, col: number, side: number): ChannelRows {
  if (!Number.isInteger(side) || side < 1 || side > grid.size) throw new RangeError(`a crop side must be a whole number from 1 to ${grid.size}, not ${side}`);
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row + side > grid.size || col + side > grid.size) {
    throw new RangeError(`a ${side}×${side} crop at (${row}, ${col}) does not fit a ${grid.size}×${grid.size} picture`);
  }
  return [grid.r, grid.g, grid.b].map((plane) =>
    Array.from({ length: side }, (_, i) => Array.from(plane.subarray((row + i) * grid.size + col, (row + i) * grid.size + col + side))),
  );
}
