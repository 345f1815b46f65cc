/**
 * The maths of the conv-walk lesson: the lesson's settings → the convolution trace (from the
 * core), and which section (phase) the settings belong to. No views here.
 */
import { type ConvTrace, type Matrix, convSteps } from '../../core';

export interface ConvWalkSettings {
  input: Matrix;
  kernel: Matrix;
  padding: number;
  stride: number;
}

/** The three phases of the lesson, with the padding and stride each one uses. */
export const SECTIONS = [
  { id: 'valid', padding: 0, stride: 1 },
  { id: 'padding', padding: 1, stride: 1 },
  { id: 'stride', padding: 0, stride: 2 },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * The section whose padding and stride these are, or undefined for other combinations.
 *
 * @example
 * sectionOf(1, 1); // 'padding'
 * sectionOf(2, 3); // undefined
 */
export function sectionOf(padding: number, stride: number): SectionId | undefined {
  return SECTIONS.find((s) => s.padding === padding && s.stride === stride)?.id;
}

/**
 * Runs the convolution with every step recorded. Throws the core's RangeError when the kernel
 * does not fit the padded image.
 *
 * @example
 * buildConvWalk({ input: A, kernel: X, padding: 0, stride: 1 }).steps.map((s) => s.result);
 * // [4, 3, 4, 2, 4, 3, 2, 3, 4]
 */
export function buildConvWalk(s: ConvWalkSettings): ConvTrace {
  return convSteps(s.input, s.kernel, { padding: s.padding, stride: s.stride });
}
