/**
 * The maths of the padding-stride lesson: settings → the convolution trace over the padded
 * input (from the core), the output-size formula, and which padded cells no window ever touches.
 */
import { type ConvTrace, type Pads, convOutputSize, convSteps } from '../../core';
import { IMAGE_6, type PaddingSetting } from './fixtures';

export interface PadStrideSettings {
  /** Input side D (square input). */
  size: number;
  /** Kernel side F. */
  kernel: number;
  padding: PaddingSetting;
  stride: number;
  dilation: number;
}

/** What the lesson can draw: sides up to these. */
export const LIMITS = { size: 32, kernel: 9, padding: 8, stride: 8, dilation: 4 } as const;

export interface PadStrideModel {
  trace: ConvTrace;
  pads: Pads;
  /** Padded side. */
  padded: number;
  /** Kernel span with dilation, `(F − 1)·d + 1`. */
  span: number;
  /** The formula's value before flooring. */
  exact: number;
  /** Output side (`floor(exact)`). */
  size: number;
  isWhole: boolean;
  /** Rows (and columns) at the end of the padded input that no window reaches. */
  uncovered: number;
  /** Per padded cell (row-major): whether any kernel cell of any window lands on it. */
  covered: boolean[];
}

/** A problem with the settings that the lesson itself checks (before the core does). */
export class SettingError extends RangeError {
  constructor(
    readonly key: 'size' | 'kernel' | 'padding' | 'stride' | 'dilation',
    readonly reason: 'whole' | 'max',
    readonly value: number,
    readonly limit: number,
  ) {
    super(`${key} must be a whole number from ${key === 'padding' ? 0 : 1} to ${limit} (got ${value})`);
  }
}

/**
 * The lesson's input of side D: the L10 6×6 image, tiled (so D = 6 is exactly the lecture's image).
 *
 * @example
 * lessonImage(2).data; // [3, 1, 1, 0]
 */
export function lessonImage(size: number): { shape: [number, number]; data: number[] } {
  const data: number[] = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) data.push(IMAGE_6[r % 6][c % 6]);
  return { shape: [size, size], data };
}

function checkSide(key: 'size' | 'kernel', v: number) {
  if (!Number.isInteger(v) || v < 1) throw new SettingError(key, 'whole', v, LIMITS[key]);
  if (v > LIMITS[key]) throw new SettingError(key, 'max', v, LIMITS[key]);
}

/**
 * Builds everything the lesson shows. The kernel is all ones (each output is the sum of its
 * window), so the numbers stay easy to check. Throws SettingError for sizes the lesson cannot
 * draw, and the core's RangeError for a stride of 0, a kernel larger than the padded input, etc.
 *
 * @example
 * const m = buildPadStride({ size: 6, kernel: 3, padding: 1, stride: 2, dilation: 1 });
 * m.exact;     // 3.5
 * m.size;      // 3
 * m.uncovered; // 1: the last row and column of the 8×8 padded input are never used
 */
export function buildPadStride(s: PadStrideSettings): PadStrideModel {
  checkSide('size', s.size);
  checkSide('kernel', s.kernel);
  const weights = { shape: [s.kernel, s.kernel], data: new Array<number>(s.kernel * s.kernel).fill(1) };
  if (typeof s.padding === 'number' && s.padding > LIMITS.padding) throw new SettingError('padding', 'max', s.padding, LIMITS.padding);
  if (s.stride > LIMITS.stride) throw new SettingError('stride', 'max', s.stride, LIMITS.stride);
  if (s.dilation > LIMITS.dilation) throw new SettingError('dilation', 'max', s.dilation, LIMITS.dilation);
  const trace = convSteps(lessonImage(s.size), weights, { padding: s.padding, stride: s.stride, dilation: s.dilation });
  const pads = trace.pads;
  const [, Hp, Wp] = trace.padded.shape;
  const span = (s.kernel - 1) * s.dilation + 1;
  let exact: number;
  let uncovered: number;
  if (pads.top === pads.bottom) {
    const o = convOutputSize(s.size, s.kernel, pads.top, s.stride, s.dilation);
    exact = o.exact;
    uncovered = o.uncovered;
  } else {
    exact = (Hp - span) / s.stride + 1;
    uncovered = Hp - ((Math.floor(exact) - 1) * s.stride + span);
  }
  const covered = new Array<boolean>(Hp * Wp).fill(false);
  for (const step of trace.steps) for (const r of step.rows) for (const c of step.cols) covered[r * Wp + c] = true;
  const [, outH] = trace.outShape;
  return { trace, pads, padded: Hp, span, exact, size: outH, isWhole: Number.isInteger(exact), uncovered, covered };
}
