/*
 * The lecture's numbers for the why-cnn lesson (LESSONS.md Part A: L01–L05). Grids top row first.
 */

/** The calculator's lecture settings: L01 (one neuron on a Full-HD image) and L02 (200×200×3 into 64 neurons). */
export interface MlpSetting {
  height: number;
  width: number;
  channels: number;
  neurons: number;
}

/** L01 (seed 000 line 50): weights for a_1^[1] = 1920 × 1080 × 3 = 6,220,800. */
export const FULL_HD: MlpSetting = { height: 1080, width: 1920, channels: 3, neurons: 1 };

/** L02 (seed 001 lines 20–38): 200×200×3 into a dense layer of 64 neurons = 7,680,064 parameters. */
export const DENSE_64: MlpSetting = { height: 200, width: 200, channels: 3, neurons: 64 };

/** L02: what the slide prints in words ("760만") and what it should say (7,680,064 ≈ 768만). */
export const SLIDE_WORDS = { printed: '760만', correct: '768만' };

/** L03 (seed 003 lines 447–480): six 5×5 filters on a 32×32×3 input give 28×28×6. */
export const FC_VS_CONV = { side: 32, channels: 3, kernel: 5, filters: 6 };

/**
 * L04 (seed 003 lines 266–310): the toy network's layer sides 5×5 → 4×4 → 4×4 → 3×3 → 3×3
 * (illustrative: a 3×3 stride-1 filter cannot turn 5×5 into 4×4) and its 3×3 filters.
 */
export const TOY_SIDES = [5, 4, 4, 3, 3] as const;
export const TOY_KERNEL = 3;

/** L04: the slide's printed results. */
export const TOY_PRINTED = { conv1: 36, fc: 881, conv2: 72 };

/** L06 (seed 000 lines 98–212): the digit 9, +1 = ink, −1 = background (the L05 shift uses it). */
export const DIGIT9: readonly (readonly number[])[] = [
  [-1, 1, 1, 1, -1],
  [-1, 1, -1, 1, -1],
  [-1, 1, 1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, -1, 1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, -1, -1],
];

/** L06 "Verification": the loop filter whose mean of products gives the lecture's feature map. */
export const LOOP_FILTER: readonly (readonly number[])[] = [
  [1, 1, 1],
  [1, -1, 1],
  [1, 1, 1],
];

/** L05: the slide (seed 001 lines 15–16) says 20 inputs change after a one-pixel shift; its picture is missing. */
export const SLIDE_CHANGED = 20;
