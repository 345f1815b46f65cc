/*
 * The maths of the kernel playground: the settings (image, kernel) → the convolution trace from
 * the core, the kernel's sum, and which section of the lesson the settings belong to. No views.
 */
import { type ConvTrace, type Matrix, type Padding, type TensorLike, convSteps, matrixFromRows } from '../../core';
import { CUSTOM_PADDING, IMAGES, type ImageName, PRESETS, PRESET_NAMES, type PresetName } from './fixtures';

/** The settings of the lesson, read from the link. */
export interface KernelSettings {
  image: ImageName;
  /** An image from the link; replaces `image` when set. */
  input: Matrix | null;
  preset: PresetName;
  /** A kernel from the link (or typed by the learner, 1×1 to 7×7); replaces `preset` when set. */
  kernel: Matrix | null;
  /** Zero padding on every side; null or absent: the image's own padding. */
  padding?: number | null;
  /** Step of the window (default 1). */
  stride?: number;
}

/** True when two matrices have the same shape and values. */
export function sameMatrix(a: Matrix, b: Matrix): boolean {
  return a.shape[0] === b.shape[0] && a.shape[1] === b.shape[1] && a.data.every((v, i) => v === b.data[i]);
}

/** The preset a kernel equals, if any. */
export function presetOf(kernel: Matrix): PresetName | undefined {
  return PRESET_NAMES.find((n) => sameMatrix(matrixFromRows(PRESETS[n]), kernel));
}

/** The image, its padding and the kernel the settings describe. */
export function resolveSettings(s: KernelSettings): { image: Matrix; padding: Padding; kernel: Matrix; stride: number } {
  const image = s.input ?? matrixFromRows(IMAGES[s.image].rows);
  const padding: Padding = s.padding ?? (s.input ? CUSTOM_PADDING : IMAGES[s.image].padding);
  const kernel = s.kernel ?? matrixFromRows(PRESETS[s.preset]);
  return { image, padding, kernel, stride: s.stride ?? 1 };
}

/**
 * The kernel made k×k: centred in zeros when it grows, its centre k×k when it shrinks.
 *
 * @example
 * resizeKernel(matrixFromRows([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]), 1); // { shape: [1, 1], data: [5] }
 */
export function resizeKernel(kernel: Matrix, k: number): Matrix {
  const [r, c] = kernel.shape;
  const data = new Array<number>(k * k).fill(0);
  const dr = Math.floor((k - r) / 2);
  const dc = Math.floor((k - c) / 2);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const si = i - dr;
      const sj = j - dc;
      if (si >= 0 && si < r && sj >= 0 && sj < c) data[i * k + j] = kernel.data[si * c + sj];
    }
  }
  return { shape: [k, k], data };
}

/**
 * Runs the convolution with every step recorded (one step per output cell, reading order).
 * Throws the core's RangeError when the kernel does not fit.
 *
 * @example
 * buildKernelTrace({ image: 'corner', input: null, preset: 'sharpen', kernel: null }).steps[0].result; // 320
 */
export function buildKernelTrace(s: KernelSettings): ConvTrace {
  const { image, padding, kernel, stride } = resolveSettings(s);
  return convSteps(image, kernel, { padding, stride });
}

/**
 * The sum of a kernel's weights, rounded to 12 significant digits so that nine ninths read as 1.
 * It is what the kernel does to a flat area: a flat patch of value v becomes v × sum.
 *
 * @example
 * kernelSum({ shape: [3, 3], data: [-1, 8, -1, -1, 8, -1, -1, -1, -1] }); // 9
 */
export function kernelSum(kernel: TensorLike): number {
  let s = 0;
  for (let i = 0; i < kernel.data.length; i++) s += kernel.data[i];
  return Number(s.toPrecision(12)) + 0;
}

/** The lesson's parts: each one an image and a kernel (the playground keeps the learner's kernel). */
export const SECTIONS = [
  { id: 'sharpen', image: 'corner', preset: 'sharpen' },
  { id: 'outline', image: 'edge', preset: 'outline' },
  { id: 'slide', image: 'flat', preset: 'outline-slide' },
  { id: 'playground', image: 'shapes', preset: undefined },
] as const satisfies readonly { id: string; image: ImageName; preset: PresetName | undefined }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * The section the settings belong to, or undefined (an image from the link, or a combination no
 * section uses).
 *
 * @example
 * sectionOf({ image: 'corner', input: null, preset: 'sharpen', kernel: null }); // 'sharpen'
 * sectionOf({ image: 'shapes', input: null, preset: 'blur', kernel: null });    // 'playground'
 */
export function sectionOf(s: KernelSettings): SectionId | undefined {
  if (s.input || (s.padding ?? null) !== null || (s.stride ?? 1) !== 1) return undefined;
  const name = s.kernel ? presetOf(s.kernel) : s.preset;
  return SECTIONS.find((x) => x.image === s.image && (x.preset === undefined || name === x.preset))?.id;
}
