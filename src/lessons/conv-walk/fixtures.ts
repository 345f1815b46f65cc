/**
 * The lecture's numbers for the convolution step-through (LESSONS.md L09, L10, L19).
 * Rows top first; positions (row, col) zero-based.
 */

/** L09 image, variant A (seed 004 and 001's kernel slide; the UFLDL original): the one to use. */
export const IMAGE_A = [
  [1, 1, 1, 0, 0],
  [0, 1, 1, 1, 0],
  [0, 0, 1, 1, 1],
  [0, 0, 1, 1, 0],
  [0, 1, 1, 0, 0],
];

/** L09 image, variant B (001's step-through frames and padding slide): 4th row `0 0 1 1 1`. */
export const IMAGE_B = [
  [1, 1, 1, 0, 0],
  [0, 1, 1, 1, 0],
  [0, 0, 1, 1, 1],
  [0, 0, 1, 1, 1],
  [0, 1, 1, 0, 0],
];

/** L09 "X" kernel (shown on the slides as ×1 / ×0 subscripts). */
export const KERNEL_X = [
  [1, 0, 1],
  [0, 1, 0],
  [1, 0, 1],
];

/** L09, as printed by 001's final frame (and correct for variant A). */
export const OUTPUT_A = [
  [4, 3, 4],
  [2, 4, 3],
  [2, 3, 4],
];

/** L09 variant B, recomputed: output (1, 2) is 4, not the 3 the slide printed. */
export const OUTPUT_B = [
  [4, 3, 4],
  [2, 4, 4],
  [2, 3, 4],
];

/** The cell where the slide's variant B disagrees with its own printed result, and what it printed. */
export const SLIDE_ERROR = { row: 1, col: 2, printed: 3, actual: 4 };

/** L10 [computed]: the X kernel on variant A with padding 1 (same size); its centre 3×3 is OUTPUT_A. */
export const OUTPUT_A_PADDING_1 = [
  [2, 2, 3, 1, 1],
  [1, 4, 3, 4, 1],
  [1, 2, 4, 3, 3],
  [1, 2, 3, 4, 1],
  [0, 2, 2, 1, 1],
];

/** L10 [computed]: variant B with padding 1 (as in 001's padding slide). */
export const OUTPUT_B_PADDING_1 = [
  [2, 2, 3, 1, 1],
  [1, 4, 3, 4, 1],
  [1, 2, 4, 4, 3],
  [1, 2, 3, 4, 2],
  [0, 2, 2, 2, 1],
];

/** L19 [computed]: variant A with stride 2. */
export const OUTPUT_A_STRIDE_2 = [
  [4, 4],
  [2, 4],
];
