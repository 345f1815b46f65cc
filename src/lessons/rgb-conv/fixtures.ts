/*
 * The lecture's grids for the RGB convolution lesson, copied from LESSONS.md (L11 three-channel
 * convolution with a bias → −25; L17 and L03 parameter and multiplication counts).
 */

/**
 * L11 (001 lines 261–340): the visible 5×5 pixels of each channel, i.e. the 6×6 top-left corner
 * of each zero-padded channel without its zero row and column. Order: red, green, blue.
 */
export const RGB_IMAGE: readonly (readonly (readonly number[])[])[] = [
  [
    [156, 155, 156, 158, 158],
    [153, 154, 157, 159, 159],
    [149, 151, 155, 158, 159],
    [146, 146, 149, 153, 158],
    [145, 143, 143, 148, 158],
  ],
  [
    [167, 166, 167, 169, 169],
    [164, 165, 168, 170, 170],
    [160, 162, 166, 169, 170],
    [156, 156, 159, 163, 168],
    [155, 153, 153, 158, 168],
  ],
  [
    [163, 162, 163, 165, 165],
    [160, 161, 164, 166, 166],
    [156, 158, 162, 165, 166],
    [155, 155, 158, 162, 167],
    [154, 152, 152, 157, 167],
  ],
];

/** L11: the three kernel slices of the one filter (Kernel Channel #1, #2, #3). */
export const RGB_KERNEL: readonly (readonly (readonly number[])[])[] = [
  [
    [-1, -1, 1],
    [0, 1, -1],
    [0, 1, 1],
  ],
  [
    [1, 0, 0],
    [1, -1, -1],
    [1, 0, -1],
  ],
  [
    [0, 1, 1],
    [0, 1, 0],
    [1, -1, 1],
  ],
];

/** L11: "Bias = 1". */
export const RGB_BIAS = 1;

/** L11: the zero padding the slide shows (one row on top, one column on the left of each channel). */
export const RGB_PADDING = 1;

/** L11: the per-channel results at output (0,0) and the output: 308 + (−498) + 164 + 1 = −25. */
export const FIRST_CHANNEL_SUMS: readonly number[] = [308, -498, 164];
export const FIRST_OUTPUT = -25;

/** L11 [computed]: every output the visible pixels determine (output rows/cols 0–3). */
export const OUTPUT_CORNER: readonly (readonly number[])[] = [
  [-25, 466, 466, 475],
  [295, 787, 798, 812],
  [291, 776, 784, 800],
  [293, 771, 773, 782],
];

/** L11 [computed]: the per-channel parts of {@link OUTPUT_CORNER} (before the bias). */
export const CHANNEL_PARTS_CORNER: readonly (readonly (readonly number[])[])[] = [
  [
    [308, 310, 314, 318],
    [298, 148, 158, 161],
    [291, 141, 147, 153],
    [290, 138, 139, 147],
  ],
  [
    [-498, -170, -175, -173],
    [-491, -8, -14, -9],
    [-478, -7, -15, -14],
    [-465, 3, -9, -21],
  ],
  [
    [164, 325, 326, 329],
    [487, 646, 653, 659],
    [477, 641, 651, 660],
    [467, 629, 642, 655],
  ],
];

/** A conv layer for the parameter calculator. */
export interface LayerPreset {
  size: number;
  channels: number;
  filter: number;
  filters: number;
  padding: number;
  stride: number;
}

/** L17 (002 "Examples time"): 32×32×3, ten 5×5 filters, stride 1, pad 2 → 76 each, 760 in all, 32×32×10. */
export const PRESET_L17: LayerPreset = { size: 32, channels: 3, filter: 5, filters: 10, padding: 2, stride: 1 };

/** L03 (CS231n): 32×32×3 with six 5×5 filters, no padding → 28×28×6. */
export const PRESET_L03: LayerPreset = { size: 32, channels: 3, filter: 5, filters: 6, padding: 0, stride: 1 };

/** L17 golden numbers. */
export const L17_PARAMS_PER_FILTER = 76;
export const L17_PARAMS = 760;

/** L03 golden numbers: FC weights and multiplies, conv weights (no biases) and multiplies. */
export const L03_FC_PARAMS = 14_450_688;
export const L03_CONV_WEIGHTS = 450;
export const L03_CONV_MULTIPLIES = 352_800;
