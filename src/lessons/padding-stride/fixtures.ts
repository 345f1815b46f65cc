/**
 * The lecture's numbers for padding, stride and output size (LESSONS.md L10, L17, L18).
 */

/** L10, seed 004: the 6×6 image shown with "Padding with size 1". */
export const IMAGE_6 = [
  [3, 1, 1, 2, 8, 4],
  [1, 0, 7, 3, 2, 6],
  [2, 3, 5, 1, 1, 3],
  [1, 4, 1, 2, 6, 5],
  [3, 2, 1, 3, 7, 2],
  [9, 2, 6, 2, 5, 1],
];

/** L10, seed 004: the same image with padding 1 (8×8). */
export const IMAGE_6_PADDED = [
  [0, 0, 0, 0, 0, 0, 0, 0],
  [0, 3, 1, 1, 2, 8, 4, 0],
  [0, 1, 0, 7, 3, 2, 6, 0],
  [0, 2, 3, 5, 1, 1, 3, 0],
  [0, 1, 4, 1, 2, 6, 5, 0],
  [0, 3, 2, 1, 3, 7, 2, 0],
  [0, 9, 2, 6, 2, 5, 1, 0],
  [0, 0, 0, 0, 0, 0, 0, 0],
];

export type PaddingSetting = 'valid' | 'same' | 'full' | number;

/** A preset: the numbers of one lecture example and the output size it must give. */
/** The lecture's examples, by name (also their message key, `presets.<id>`). */
export type PresetId =
  | 'no-padding-no-strides'
  | 'arbitrary-padding'
  | 'half-padding'
  | 'full-padding'
  | 'no-padding-strides'
  | 'padding-strides'
  | 'padding-strides-odd'
  | 'l10-6x6'
  | 'l17-28';

export interface Preset {
  id: PresetId;
  size: number;
  kernel: number;
  padding: PaddingSetting;
  stride: number;
  dilation: number;
  /** Output side (LESSONS.md). */
  output: number;
  /** The formula before flooring, when it is not a whole number. */
  exact?: number;
  source: 'L10' | 'L17' | 'L18';
}

/**
 * L18: the seven vdumoulin/conv_arithmetic animations (i, k, p, s → output), then L10's 6×6
 * image with padding 1 and L17's 28×28 with a 5×5 filter and padding 2.
 */
export const PRESETS: Preset[] = [
  { id: 'no-padding-no-strides', size: 4, kernel: 3, padding: 0, stride: 1, dilation: 1, output: 2, source: 'L18' },
  { id: 'arbitrary-padding', size: 5, kernel: 4, padding: 2, stride: 1, dilation: 1, output: 6, source: 'L18' },
  { id: 'half-padding', size: 5, kernel: 3, padding: 1, stride: 1, dilation: 1, output: 5, source: 'L18' },
  { id: 'full-padding', size: 5, kernel: 3, padding: 2, stride: 1, dilation: 1, output: 7, source: 'L18' },
  { id: 'no-padding-strides', size: 5, kernel: 3, padding: 0, stride: 2, dilation: 1, output: 2, source: 'L18' },
  { id: 'padding-strides', size: 5, kernel: 3, padding: 1, stride: 2, dilation: 1, output: 3, source: 'L18' },
  { id: 'padding-strides-odd', size: 6, kernel: 3, padding: 1, stride: 2, dilation: 1, output: 3, exact: 3.5, source: 'L18' },
  { id: 'l10-6x6', size: 6, kernel: 3, padding: 1, stride: 1, dilation: 1, output: 6, source: 'L10' },
  { id: 'l17-28', size: 28, kernel: 5, padding: 2, stride: 1, dilation: 1, output: 28, source: 'L17' },
];
