/*
 * Link parameters of the RGB lesson: `part=conv|filters|params`, `kernel` (the three 3×3 slices as
 * 9 rows of 3: red rows first), `bias`, and the parameter calculator's `size`, `channels`,
 * `filter`, `filters`, `padding`, `stride` (defaults: the lecture's 32×32×3, ten 5×5 filters, pad 2).
 */
import { boolParam, enumParam, intParam, type Matrix, optionalMatrixParam } from '../../ui';
import { type LayerPreset, PRESET_L17, RGB_BIAS, RGB_KERNEL } from './fixtures';
import type { Channels } from './trace';

/** Accepted ranges of the calculator's settings (also used to check what the learner types). */
export const CALC_RANGES: Record<keyof LayerPreset, [number, number]> = {
  size: [1, 1024],
  channels: [1, 2048],
  filter: [1, 31],
  filters: [1, 4096],
  padding: [0, 64],
  stride: [1, 64],
};

const calc = (key: keyof LayerPreset) => intParam(PRESET_L17[key], CALC_RANGES[key][0], CALC_RANGES[key][1]);

export const rgbParams = {
  part: enumParam(['conv', 'filters', 'params'] as const, 'conv'),
  /** `own=1`: a crop of the learner's picture replaces the lecture's pixels (when a picture is open). */
  own: boolParam(false),
  crow: intParam(0, 0, 63),
  ccol: intParam(0, 0, 63),
  kernel: optionalMatrixParam({ shape: [9, 3] }),
  bias: intParam(RGB_BIAS, -1000, 1000),
  size: calc('size'),
  channels: calc('channels'),
  filter: calc('filter'),
  filters: calc('filters'),
  padding: calc('padding'),
  stride: calc('stride'),
};

/** The three kernel slices from the link form (9 rows of 3), or the lecture's. */
export function kernelFrom(m: Matrix | null): number[][][] {
  if (!m) return RGB_KERNEL.map((k) => k.map((r) => [...r]));
  return [0, 1, 2].map((c) => [0, 1, 2].map((i) => m.data.slice((c * 3 + i) * 3, (c * 3 + i) * 3 + 3)));
}

/** The link form of three kernel slices. */
export function kernelToMatrix(k: Channels): Matrix {
  return { shape: [9, 3], data: k.flat(2) };
}

/** True when the slices are the lecture's. */
export function isLectureKernel(k: Channels): boolean {
  return k.every((ch, c) => ch.every((r, i) => r.every((v, j) => v === RGB_KERNEL[c][i][j])));
}
