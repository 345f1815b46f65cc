/*
 * The lecture's grids for the donut lesson, copied from LESSONS.md (L14 Boolean donut filter,
 * L15 multiplier filter, 8×8 image and activation map).
 */

/** A Boolean filter cell: B = must be black, W = must be white, X = doesn't matter. */
export type Condition = 'B' | 'W' | 'X';

/** L14: the Boolean donut filter (003 lines 70–147). */
export const BOOLEAN_FILTER: readonly (readonly Condition[])[] = [
  ['X', 'B', 'B', 'B', 'X'],
  ['B', 'W', 'W', 'W', 'B'],
  ['B', 'W', 'B', 'W', 'B'],
  ['B', 'W', 'W', 'W', 'B'],
  ['X', 'B', 'B', 'B', 'X'],
];

/**
 * L14: the check grid at the image's upper-left pixel, copy 2 (003 lines 122–126), the copy that
 * agrees with the text's "9 conditions not satisfied". true = ✓ (condition holds or doesn't matter).
 */
export const LECTURE_CHECK_GRID: readonly (readonly boolean[])[] = [
  [true, true, true, true, true],
  [true, false, false, false, true],
  [true, false, true, false, false],
  [true, false, true, false, true],
  [true, true, false, true, true],
];

/** L14 copy 1 (003 lines 108–112): differs at (3,4) and gives 10 failures, not the text's 9. */
export const LECTURE_CHECK_GRID_COPY1: readonly (readonly boolean[])[] = [
  [true, true, true, true, true],
  [true, false, false, false, true],
  [true, false, true, false, false],
  [true, false, true, false, false],
  [true, true, false, true, true],
];

/** L14: "9개 조건 만족하지 않아 도넛이 아님" — failed conditions at the upper-left pixel. */
export const LECTURE_FAILED_CONDITIONS = 9;

/**
 * The binary image for the Boolean mode, 1 = white, 0 = black. The lecture shows its image only as
 * a picture; LESSONS.md (L14) infers its top-left 3×3 from the check grid:
 * black black white / white black black / white black ? — those cells are copied here ((2,2) is
 * under a "doesn't matter" cell; black is used). The rest is this app's own drawing, with one
 * donut centred on (4,4) so that the learner has something to find.
 */
export const BINARY_IMAGE: readonly (readonly number[])[] = [
  [0, 0, 1, 1, 0, 1, 1, 0],
  [1, 0, 0, 1, 1, 0, 1, 1],
  [1, 0, 0, 0, 0, 0, 1, 1],
  [1, 1, 0, 1, 1, 1, 0, 1],
  [0, 1, 0, 1, 0, 1, 0, 0],
  [0, 1, 0, 1, 1, 1, 0, 1],
  [1, 1, 1, 0, 0, 0, 1, 1],
  [0, 1, 1, 0, 1, 1, 0, 0],
];

/** Where the drawn donut of {@link BINARY_IMAGE} sits. */
export const BINARY_DONUT_AT: readonly [number, number] = [4, 4];

/**
 * L15: the multiplier ("New improved") filter, the symmetric version of the overlay copies
 * (003 lines 201–205, 400–404): bottom row −0.2 −0.1 −0.2. The printed map proves this version.
 */
export const MULTIPLIER_FILTER: readonly (readonly number[])[] = [
  [0.0, -0.2, -0.1, -0.2, 0.0],
  [-0.2, 0.7, 1.0, 0.7, -0.2],
  [-0.1, 1.0, -2.5, 1.0, -0.1],
  [-0.2, 0.7, 1.0, 0.7, -0.2],
  [0.0, -0.2, -0.1, -0.2, 0.0],
];

/** L15: the standalone copies' filter (003 lines 151–155, 184–188): bottom row −0.1 −0.1 −0.1. */
export const STANDALONE_FILTER: readonly (readonly number[])[] = [
  [0.0, -0.2, -0.1, -0.2, 0.0],
  [-0.2, 0.7, 1.0, 0.7, -0.2],
  [-0.1, 1.0, -2.5, 1.0, -0.1],
  [-0.2, 0.7, 1.0, 0.7, -0.2],
  [0.0, -0.1, -0.1, -0.1, 0.0],
];

/** L15: the 8×8 grey image, majority of the four OCR copies (0.41 at (4,3), 0.69 at (3,6), 0.48 at (4,4)). */
export const DONUT_IMAGE: readonly (readonly number[])[] = [
  [0.73, 0.86, 0.74, 0.85, 0.99, 0.58, 0.96, 0.25],
  [0.29, 0.92, 0.25, 0.38, 0.67, 0.16, 0.63, 0.73],
  [0.9, 0.99, 0.95, 0.06, 0.56, 0.85, 0.23, 0.84],
  [0.0, 0.45, 0.55, 0.28, 0.33, 0.59, 0.69, 0.01],
  [0.5, 0.23, 0.03, 0.41, 0.48, 0.23, 0.62, 0.69],
  [0.85, 0.52, 0.11, 0.95, 0.8, 0.24, 0.03, 0.54],
  [0.99, 0.07, 0.69, 0.35, 0.05, 0.15, 0.61, 0.8],
  [0.03, 0.84, 0.79, 0.52, 0.17, 0.66, 0.73, 0.01],
];

/** L15: the "activation map" as the slide prints it (003 lines 333–340; the author used unrounded pixels). */
export const PRINTED_ACTIVATION: readonly (readonly number[])[] = [
  [-0.44, 0.0, 0.34, -0.04, -0.58, 1.0, -0.92, 1.29],
  [2.66, 2.03, 3.37, 2.19, 1.18, 3.48, 1.71, 0.29],
  [-0.6, 0.88, -0.06, 2.1, 0.4, -0.01, 2.71, -0.85],
  [2.04, 1.74, 0.39, 1.02, 1.17, 1.05, 0.92, 2.25],
  [-0.01, 0.9, 1.81, 1.07, 1.33, 1.79, 0.17, -0.58],
  [-0.34, 0.86, 1.54, -0.49, -0.34, 0.73, 2.66, 0.63],
  [-0.89, 3.64, 0.97, 2.02, 2.38, 1.63, 0.76, -0.69],
  [1.39, -0.4, -0.14, 0.05, 0.43, -0.61, -0.07, 1.77],
];

/** L15 [computed]: the map recomputed from the 2-decimal image, rounded to 2 decimals. */
export const COMPUTED_ACTIVATION_2DP: readonly (readonly number[])[] = [
  [-0.44, -0.01, 0.35, -0.04, -0.58, 0.99, -0.91, 1.29],
  [2.67, 2.04, 3.36, 2.18, 1.18, 3.47, 1.7, 0.29],
  [-0.61, 0.86, -0.06, 2.1, 0.39, -0.02, 2.71, -0.85],
  [2.05, 1.74, 0.41, 1.0, 1.19, 1.05, 0.91, 2.26],
  [-0.03, 0.88, 1.81, 1.07, 1.33, 1.79, 0.17, -0.57],
  [-0.32, 0.86, 1.54, -0.49, -0.35, 0.73, 2.66, 0.64],
  [-0.92, 3.65, 0.97, 2.03, 2.37, 1.63, 0.76, -0.7],
  [1.4, -0.4, -0.16, 0.06, 0.42, -0.61, -0.07, 1.78],
];

/** L15 [computed]: without padding the map is 4×4, the centre of the padded map. */
export const NO_PADDING_ACTIVATION_2DP: readonly (readonly number[])[] = [
  [-0.06, 2.1, 0.39, -0.02],
  [0.41, 1.0, 1.19, 1.05],
  [1.81, 1.07, 1.33, 1.79],
  [1.54, -0.49, -0.35, 0.73],
];

/** L15: the worked top-left value, −0.443 (→ −0.44). */
export const TOP_LEFT_VALUE = -0.443;
/** L15: the standalone filter's top-left value, −0.34 (not the printed −0.44). */
export const STANDALONE_TOP_LEFT_2DP = -0.34;
/** L15: the most donutty pixel and its value computed from the 2-decimal image (the slide printed 3.64). */
export const MOST_DONUTTY: { row: number; col: number; value2dp: number; printed: number } = {
  row: 6,
  col: 1,
  value2dp: 3.65,
  printed: 3.64,
};
