/*
 * The lecture's numbers for the ReLU lesson (LESSONS.md L06, L07, L25). Rows top first.
 */

/**
 * L06: the digit-9 feature map as the slide prints it (seed 000 lines 206–210): the loop filter's
 * mean of products, truncated to 2 decimals (−5/9 is printed −0.55).
 */
export const FEATURE_MAP = [
  [-0.11, 1, -0.11],
  [-0.55, 0.11, -0.33],
  [-0.33, 0.33, -0.33],
  [-0.55, -0.11, -0.55],
  [-0.33, -0.55, -0.33],
];

/** L07: ReLU of the map, as printed (seed 000 lines 258–288). */
export const RELU_MAP = [
  [0, 1, 0],
  [0, 0.11, 0],
  [0, 0.33, 0],
  [0, 0, 0],
  [0, 0, 0],
];

/** L25: the four XOR inputs (x1, x2) in the slide's order, and the XOR of each. */
export const XOR_INPUTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
export const XOR_TARGETS = [0, 1, 1, 0];

/** L25 "XOR Problem with sigmoid" (lines 354–367): a1, a2, y for each input row. */
export const SLIDE_SIGMOID_TABLE = [
  { a1: 0, a2: 0, y: 0 },
  { a1: 0, a2: 1, y: 1 },
  { a1: 1, a2: 0, y: 1 },
  { a1: 0, a2: 0, y: 0 },
];

/** L25 "XOR Problem with ReLU" (lines 389–393): (0,1) → a2 = 0.5, (1,0) → a1 = 0.5. */
export const SLIDE_RELU_TABLE = [
  { a1: 0, a2: 0, y: 0 },
  { a1: 0, a2: 0.5, y: 1 },
  { a1: 0.5, a2: 0, y: 1 },
  { a1: 0, a2: 0, y: 0 },
];

/**
 * Weights as rows `[w1, w2, b]`: hidden unit a1, hidden unit a2, then the output y over (a1, a2).
 * [computed] (LESSONS.md L25: the slide's weights were pictures; these reproduce its tables.)
 */
export const SIGMOID_WEIGHTS = [
  [20, -20, -10],
  [-20, 20, -10],
  [20, 20, -10],
];

/** [computed] a1 = ReLU(0.5x1 − 0.5x2), a2 = ReLU(−0.5x1 + 0.5x2), y = 2a1 + 2a2. */
export const RELU_WEIGHTS = [
  [0.5, -0.5, 0],
  [-0.5, 0.5, 0],
  [2, 2, 0],
];

/** One unit y = σ(w1x1 + w2x2 + b) to start from: this is OR, right on 3 of the 4 inputs. */
export const SINGLE_WEIGHTS = [[1, 1, -0.5]];

/** How close the sigmoid network's values must be to the slide's 0s and 1s (LESSONS.md: 5·10⁻⁵). */
export const SIGMOID_TOLERANCE = 5e-5;
