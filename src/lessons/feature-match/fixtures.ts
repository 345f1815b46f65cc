/*
 * The lecture's grids for the feature-match lesson, copied from LESSONS.md
 * (L06 digit 9 and its feature map, L07 ReLU, L08 pooling and the shifted 9, L05 "16 of 35").
 */

/** L06: the digit 9 as a 7×5 grid, +1 = ink, −1 = background (000 lines 98–212). */
export const DIGIT9: readonly (readonly number[])[] = [
  [-1, 1, 1, 1, -1],
  [-1, 1, -1, 1, -1],
  [-1, 1, 1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
];

/**
 * L08: the second 7×5 input (000 lines 476–482, as reconstructed in LESSONS.md): the 9 shifted
 * one column to the left, the new right-hand column filled with −1.
 */
export const DIGIT9_SHIFTED: readonly (readonly number[])[] = [
  [1, 1, 1, -1, -1],
  [1, -1, 1, -1, -1],
  [1, 1, 1, -1, -1],
  [-1, -1, 1, -1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
  [1, -1, -1, -1, -1],
];

/** L06 "Verification": the loop (ring) filter, the only ±1/0 filter that reproduces the printed map. */
export const LOOP_FILTER: readonly (readonly number[])[] = [
  [1, 1, 1],
  [1, -1, 1],
  [1, 1, 1],
];

/** L06 "Optional illustration" [computed, not from the seeds]: the vertical-line pattern filter. */
export const VERTICAL_FILTER: readonly (readonly number[])[] = [
  [-1, 1, -1],
  [-1, 1, -1],
  [-1, 1, -1],
];

/** L06 "Optional illustration" [computed, not from the seeds]: the diagonal pattern filter. */
export const DIAGONAL_FILTER: readonly (readonly number[])[] = [
  [-1, -1, 1],
  [-1, 1, -1],
  [1, -1, -1],
];

/** The three filters the lesson offers, by URL name. */
export const FILTERS = {
  loop: LOOP_FILTER,
  vertical: VERTICAL_FILTER,
  diagonal: DIAGONAL_FILTER,
} as const;

export type FilterName = keyof typeof FILTERS;

/** L06: the feature map as the slide prints it (000 lines 206–210); −5/9 truncated to −0.55. */
export const PRINTED_MAP: readonly (readonly number[])[] = [
  [-0.11, 1, -0.11],
  [-0.55, 0.11, -0.33],
  [-0.33, 0.33, -0.33],
  [-0.55, -0.11, -0.55],
  [-0.33, -0.55, -0.33],
];

/** L06: the integer sums behind the printed map (divide by 9). */
export const LOOP_SUMS: readonly (readonly number[])[] = [
  [-1, 9, -1],
  [-5, 1, -3],
  [-3, 3, -3],
  [-5, -1, -5],
  [-3, -5, -3],
];

/** L06 "Optional illustration": sums of the vertical filter on the 9. */
export const VERTICAL_SUMS: readonly (readonly number[])[] = [
  [5, -5, 5],
  [5, -5, 7],
  [3, -3, 7],
  [1, 1, 5],
  [3, 1, 3],
];

/** L06 "Optional illustration": sums of the diagonal filter on the 9. */
export const DIAGONAL_SUMS: readonly (readonly number[])[] = [
  [1, -5, 1],
  [1, -1, -1],
  [3, -3, -1],
  [1, 1, 5],
  [-1, 9, -1],
];

/** L07: ReLU of the printed map, as printed (000 lines 258–288). */
export const PRINTED_RELU: readonly (readonly number[])[] = [
  [0, 1, 0],
  [0, 0.11, 0],
  [0, 0.33, 0],
  [0, 0, 0],
  [0, 0, 0],
];

/** L08: 2×2 max pooling with stride 1 of the ReLU map, as printed (000 lines 465–498). */
export const PRINTED_POOLED: readonly (readonly number[])[] = [
  [1, 1],
  [0.33, 0.33],
  [0.33, 0.33],
  [0, 0],
];

/** L08: loop-filter sums for the shifted 9. */
export const SHIFTED_LOOP_SUMS: readonly (readonly number[])[] = [
  [9, -1, -1],
  [1, -3, -1],
  [3, -3, -1],
  [-1, -5, -3],
  [-5, -3, -5],
];

/** L08: ReLU map of the shifted 9, as printed (lines 489–493). */
export const PRINTED_SHIFTED_RELU: readonly (readonly number[])[] = [
  [1, 0, 0],
  [0.11, 0, 0],
  [0.33, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
];

/** L08: its pooled map, as printed (lines 495–498). */
export const PRINTED_SHIFTED_POOLED: readonly (readonly number[])[] = [
  [1, 0],
  [0.33, 0],
  [0.33, 0],
  [0, 0],
];

/** L05 [computed]: moving the 9 one pixel to the left changes this many of its 35 pixels. */
export const SHIFT_CHANGED_PIXELS = 16;
