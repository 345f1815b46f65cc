/**
 * Data augmentation: random transforms of training images drawn from a seeded generator (no
 * global RNG), so a run is reproducible from its seed.
 */
import { affineImage, shiftImage, thickenImage, thinImage, type PixelBuffer } from './imageTransforms';

/** The transforms `augment=` may name. */
export const AUGMENT_NAMES = ['shift', 'rotate', 'scale', 'thickness'] as const;
export type AugmentName = (typeof AUGMENT_NAMES)[number];

/** The ranges the random transforms are drawn from. */
export const AUGMENT_RANGES = {
  /** Whole pixels in each direction, −3…3. */
  shift: 3,
  /** Degrees either way. */
  rotate: 15,
  /** Scale factor range. */
  scale: [0.8, 1.2] as const,
  /** Chance of thicker strokes, and of thinner strokes. */
  thickness: 0.25,
};

export function isAugmentName(s: string): s is AugmentName {
  return (AUGMENT_NAMES as readonly string[]).includes(s);
}

/**
 * The first problem of an `augment` list, or undefined.
 *
 * @example augmentProblem(['shift', 'wobble']) // → 'unknown augmentation "wobble" (use shift, rotate, scale, thickness)'
 */
export function augmentProblem(names: readonly string[] | undefined): string | undefined {
  const bad = (names ?? []).find((n) => !isAugmentName(n));
  return bad === undefined ? undefined : `unknown augmentation "${bad}" (use ${AUGMENT_NAMES.join(', ')})`;
}

/**
 * Reads an `augment=` value: a comma list of names. Unknown names are returned separately (the
 * page says which it ignored); duplicates count once; the order is AUGMENT_NAMES'.
 *
 * @example
 * parseAugmentList('shift,rotate,wobble'); // { names: ['shift', 'rotate'], unknown: ['wobble'] }
 */
export function parseAugmentList(text: string): { names: AugmentName[]; unknown: string[] } {
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = parts.filter((p) => !isAugmentName(p));
  const names = AUGMENT_NAMES.filter((n) => parts.includes(n));
  return { names, unknown };
}

let scratchBuffer = new Float32Array(0);

/** A reusable buffer for the step between the resampling and the stroke change. */
function scratch(length: number): Float32Array {
  if (scratchBuffer.length !== length) scratchBuffer = new Float32Array(length);
  return scratchBuffer;
}

/**
 * One random augmentation of a square image: rotation, scale and shift (those named) in one
 * bilinear resampling, then thicker or thinner strokes. With no names it copies the image.
 *
 * @example
 * augmentImage(img28, ['shift', 'rotate'], mulberry32(1)); // a turned, moved copy
 */
export function augmentImage(img: ArrayLike<number>, names: readonly AugmentName[], random: () => number, out?: PixelBuffer): PixelBuffer {
  const o = out ?? new Float32Array(img.length);
  const has = (n: AugmentName) => names.includes(n);
  const span = AUGMENT_RANGES.shift * 2 + 1;
  const dx = has('shift') ? Math.floor(random() * span) - AUGMENT_RANGES.shift : 0;
  const dy = has('shift') ? Math.floor(random() * span) - AUGMENT_RANGES.shift : 0;
  const degrees = has('rotate') ? (random() * 2 - 1) * AUGMENT_RANGES.rotate : 0;
  const [s0, s1] = AUGMENT_RANGES.scale;
  const scale = has('scale') ? s0 + random() * (s1 - s0) : 1;
  const u = has('thickness') ? random() : 0.5;
  const stroke = u < AUGMENT_RANGES.thickness ? 'thicker' : u >= 1 - AUGMENT_RANGES.thickness ? 'thinner' : 'same';
  const geometric = degrees !== 0 || scale !== 1;
  const mid = stroke === 'same' ? o : scratch(img.length);
  if (geometric) affineImage(img, { degrees, scale, dx, dy }, mid);
  else shiftImage(img, dx, dy, mid);
  if (stroke === 'thicker') thickenImage(mid, o);
  else if (stroke === 'thinner') thinImage(mid, o);
  return o;
}
