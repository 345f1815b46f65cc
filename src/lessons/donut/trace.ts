/*
 * The donut lesson as steps (L14–L15). Boolean mode: the 5×5 set of conditions is checked at every
 * pixel (out of bounds = black) and the failed conditions are counted. Multiplier mode: the 5×5
 * multiplier filter slides over the 8×8 grey image with zero padding 2 (or none), one step per
 * output pixel: "how donutty is each pixel?".
 */
import { type ConvTrace, type Tensor, conv2d, convSteps, fromRows, tensor } from '../../core';
import { type BinaryImage, type BooleanCheck, checkAll } from './boolean';
import type { Condition } from './fixtures';

/** Boolean mode: one check per pixel, row by row. */
export interface BooleanTrace {
  mode: 'boolean';
  image: Tensor;
  checks: BooleanCheck[];
  /** Failed conditions at every pixel, `[H, W]`. */
  failedMap: Tensor;
  /** Pixels where every condition holds. */
  donuts: { row: number; col: number }[];
}

/** Multiplier mode: the convolution trace and its readouts. */
export interface MultiplierTrace {
  mode: 'multiplier';
  conv: ConvTrace;
  /** The activation map, `[outH, outW]`. */
  map: Tensor;
  /** The largest value of the map and where it is ("the most donutty pixel"), in output coordinates. */
  best: { row: number; col: number; value: number };
}

/**
 * Checks the Boolean filter at every pixel of a binary image (1 white, 0 black).
 *
 * @example
 * booleanTrace(BOOLEAN_FILTER, BINARY_IMAGE).checks[0].failed; // 9: "not a donut"
 */
export function booleanTrace(filter: readonly (readonly Condition[])[], image: BinaryImage): BooleanTrace {
  const checks = checkAll(filter, image);
  const H = image.length;
  const W = H === 0 ? 0 : image[0].length;
  return {
    mode: 'boolean',
    image: fromRows(image),
    checks,
    failedMap: tensor([H, W], checks.map((c) => c.failed)),
    donuts: checks.filter((c) => c.isDonut).map((c) => ({ row: c.row, col: c.col })),
  };
}

/**
 * Slides the multiplier filter over the image (cross-correlation, stride 1) with zero padding
 * `padding` on every side; out-of-bounds cells count as 0.
 * Throws a `RangeError` (from the core) when the filter does not fit.
 *
 * @example
 * const t = multiplierTrace(DONUT_IMAGE, MULTIPLIER_FILTER, 2);
 * t.map.data[0];  // -0.443 (→ −0.44), only the nine in-bound products count
 * t.best;         // { row: 6, col: 1, value: 3.652… } (the slide printed 3.64)
 */
export function multiplierTrace(
  image: readonly (readonly number[])[],
  filter: readonly (readonly number[])[],
  padding: number,
): MultiplierTrace {
  const conv = convSteps(fromRows(image), fromRows(filter), { padding });
  const [, outH, outW] = conv.outShape;
  const map: Tensor = { shape: [outH, outW], data: conv.output.data };
  let bi = 0;
  for (let i = 1; i < map.data.length; i++) if (map.data[i] > map.data[bi]) bi = i;
  return {
    mode: 'multiplier',
    conv,
    map,
    best: { row: Math.floor(bi / outW), col: bi % outW, value: map.data[bi] },
  };
}

/**
 * The value at the image's upper-left pixel (filter centred on (0, 0), zero padding 2) for a given
 * filter: used to show that the standalone copy of the filter gives −0.34, not −0.44.
 *
 * @example
 * topLeftValue(DONUT_IMAGE, STANDALONE_FILTER); // -0.343
 */
export function topLeftValue(image: readonly (readonly number[])[], filter: readonly (readonly number[])[]): number {
  const h = filter.length;
  return conv2d(fromRows(image), fromRows(filter), { padding: (h - 1) / 2 }).data[0];
}
