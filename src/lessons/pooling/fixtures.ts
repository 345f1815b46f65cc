/*
 * The lecture's grids for the pooling lesson, copied from LESSONS.md (L21 three 4×4 grids,
 * L22 the 5×5 conv-arithmetic grid, L23 global average pooling and average pooling as a
 * strided convolution).
 */

/** L21 (a), 000 lines 397–439; also the grid of L23's global average pooling. */
export const GRID_A: readonly (readonly number[])[] = [
  [3, 1, 3, 4],
  [8, 4, 9, 2],
  [1, 4, 3, 1],
  [1, 2, 2, 0],
];

/** L21 (b), 001 lines 205–210. */
export const GRID_B: readonly (readonly number[])[] = [
  [1, 4, 8, 3],
  [6, 9, 2, 1],
  [11, 13, 6, 7],
  [8, 19, 8, 2],
];

/** L21 (c), 003 lines 506–524; the input is the CS231n original [external], the slide has only the picture. */
export const GRID_C: readonly (readonly number[])[] = [
  [1, 1, 2, 4],
  [5, 6, 7, 8],
  [3, 2, 1, 0],
  [1, 2, 3, 4],
];

/** L22, 001 lines 451–462 (conv_arithmetic's "numerical max pooling" grid). */
export const GRID_CONV_ARITH: readonly (readonly number[])[] = [
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
];

/** The grids by URL name, with the pooling the lecture applies to each. */
export const GRIDS = {
  a: { rows: GRID_A, size: 2, stride: 2 },
  b: { rows: GRID_B, size: 2, stride: 2 },
  c: { rows: GRID_C, size: 2, stride: 2 },
  'conv-arith': { rows: GRID_CONV_ARITH, size: 3, stride: 1 },
} as const;

export type GridName = keyof typeof GRIDS;

/** L21: 2×2 max pooling, stride 2. */
export const MAX_A: readonly (readonly number[])[] = [
  [8, 9],
  [4, 3],
];
export const MAX_B: readonly (readonly number[])[] = [
  [9, 8],
  [19, 8],
];
export const MAX_C: readonly (readonly number[])[] = [
  [6, 8],
  [3, 4],
];

/** L22: 3×3 max pooling, stride 1; the only 2.0 comes from the window at rows 2–4, cols 1–3. */
export const MAX_CONV_ARITH: readonly (readonly number[])[] = [
  [3, 3, 3],
  [3, 3, 3],
  [3, 2, 3],
];

/** L23 [computed]: 2×2 average pooling with stride 2 on grid (a). */
export const AVG_A: readonly (readonly number[])[] = [
  [4.0, 4.5],
  [2.0, 1.5],
];

/** L22 [external, computed]: 3×3 average pooling, stride 1, on the 5×5 grid, to 1 decimal. */
export const AVG_CONV_ARITH_1DP: readonly (readonly number[])[] = [
  [1.7, 1.7, 1.7],
  [1.0, 1.2, 1.8],
  [1.1, 0.8, 1.3],
];

/** L23 [computed]: global average of grid (a) = 48 / 16; a global max would be 9. */
export const GAP_A = 3.0;
export const GLOBAL_MAX_A = 9;
