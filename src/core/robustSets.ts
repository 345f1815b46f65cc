/**
 * The robustness test sets: fixed, deterministic transforms of a test image (no randomness), each
 * with a stable id (the training page's test hook `robust-accuracy-<id>`).
 */
import { MNIST_SIDE } from './mnistSizes';
import { affineImage, shiftImage, thickenImage, thinImage, type PixelBuffer } from './imageTransforms';

export type RobustGroup = 'plain' | 'shift' | 'rotate' | 'scale' | 'thickness';

/** One deterministic transform of the test set. */
export interface RobustTransform {
  /** `plain`, `shift-right-2`, `rotate-cw15`, `scale-0.8`, `thicker`… */
  id: string;
  group: RobustGroup;
  /** Shift in pixels (right/down positive), rotation in degrees (clockwise), scale factor. */
  dx?: number;
  dy?: number;
  degrees?: number;
  scale?: number;
  thickness?: 'thicker' | 'thinner';
}

const DIRECTIONS = [
  ['right', 1, 0],
  ['left', -1, 0],
  ['down', 0, 1],
  ['up', 0, -1],
] as const;

/** Shift distances of the shifted sets (pixels). */
export const SHIFT_DISTANCES = [1, 2, 3, 4] as const;

/**
 * Every robustness set, in display order: plain; shifts of 1–4 px right, left, down and up;
 * rotations of ±15°; scales 0.8, 0.9, 1.1, 1.2; thicker and thinner strokes.
 *
 * @example
 * ROBUST_TRANSFORMS.length; // 25
 * ROBUST_TRANSFORMS[1].id;  // 'shift-right-1'
 */
export const ROBUST_TRANSFORMS: readonly RobustTransform[] = [
  { id: 'plain', group: 'plain' },
  ...DIRECTIONS.flatMap(([name, x, y]) => SHIFT_DISTANCES.map((d): RobustTransform => ({ id: `shift-${name}-${d}`, group: 'shift', dx: x * d, dy: y * d }))),
  { id: 'rotate-cw15', group: 'rotate', degrees: 15 },
  { id: 'rotate-ccw15', group: 'rotate', degrees: -15 },
  ...[0.8, 0.9, 1.1, 1.2].map((s): RobustTransform => ({ id: `scale-${s}`, group: 'scale', scale: s })),
  { id: 'thicker', group: 'thickness', thickness: 'thicker' },
  { id: 'thinner', group: 'thickness', thickness: 'thinner' },
];

/**
 * Applies one robustness transform to a square image.
 *
 * @example
 * applyRobustTransform(ROBUST_TRANSFORMS[1], img28); // img28 moved one pixel right
 */
export function applyRobustTransform(t: RobustTransform, img: ArrayLike<number>, out?: PixelBuffer): PixelBuffer {
  switch (t.group) {
    case 'plain': {
      const o = out ?? new Float32Array(img.length);
      for (let i = 0; i < img.length; i++) o[i] = img[i];
      return o;
    }
    case 'shift':
      return shiftImage(img, t.dx ?? 0, t.dy ?? 0, out);
    case 'rotate':
    case 'scale':
      return affineImage(img, { degrees: t.degrees ?? 0, scale: t.scale ?? 1 }, out);
    case 'thickness':
      return t.thickness === 'thicker' ? thickenImage(img, out) : thinImage(img, out);
  }
}

/**
 * A whole transformed set: `count` images of `side×side` stored one after another.
 *
 * @example
 * transformSet(ROBUST_TRANSFORMS[1], test.images, 10000); // Uint8Array, every digit one pixel right
 */
export function transformSet(t: RobustTransform, images: Uint8Array, count: number, side = MNIST_SIDE): Uint8Array {
  const px = side * side;
  if (images.length < count * px) throw new RangeError(`${count} images need ${count * px} values, not ${images.length}`);
  const out = new Uint8Array(count * px);
  const tmp = new Float32Array(px);
  for (let i = 0; i < count; i++) {
    applyRobustTransform(t, images.subarray(i * px, (i + 1) * px), tmp);
    const off = i * px;
    for (let p = 0; p < px; p++) out[off + p] = Math.max(0, Math.min(255, Math.round(tmp[p])));
  }
  return out;
}
