/**
 * The robustness lesson's maths (pure): a 28×28 MNIST-like 9, a 28×28 input moved by whole pixels, and the model's answer for every shift of a range.
 */
import { MNIST_SIDE } from '../../core';
import { shiftImage } from '../../core/imageTransforms';

/** Side of the model's input: MNIST's 28. */
export const SIDE = MNIST_SIDE;
/** How far the learner may move the drawing in each direction (pixels). */
export const MAX_SHIFT = 8;
/** The shifts of the sweep: −SWEEP…SWEEP in each direction. */
export const SWEEP = 6;

/**
 * A 9 drawn with a round pen, as MNIST's digits look (the lesson's own digit when the learner has
 * not drawn one): a loop of radius 4.5 around (13.5, 9.5) and a stem down its right side, ink 1 on
 * the stroke's centre line falling to 0 at 1.8 px from it.
 *
 * @example
 * drawnNine().length; // 784
 */
export function drawnNine(): Float32Array {
  const out = new Float32Array(SIDE * SIDE);
  const half = 1.3;
  const [cx, cy, rad] = [13.5, 9.5, 4.5];
  const [ax, ay, bx, by] = [cx + rad, cy, 16.5, 23];
  for (let r = 0; r < SIDE; r++) {
    for (let c = 0; c < SIDE; c++) {
      const x = c + 0.5;
      const y = r + 0.5;
      const ring = Math.abs(Math.hypot(x - cx, y - cy) - rad);
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      const stem = Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
      out[r * SIDE + c] = Math.max(0, Math.min(1, half + 0.5 - Math.min(ring, stem)));
    }
  }
  return out;
}

/**
 * The input moved `dx` pixels right and `dy` down (what leaves the 28×28 field is lost).
 *
 * @example
 * moved(drawnNine(), 3, 0); // the 9, three pixels to the right
 */
export function moved(input: Float32Array, dx: number, dy: number): Float32Array {
  return shiftImage(input, dx, dy) as Float32Array;
}

/** argmax of ten probabilities. */
export function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}

/** The answer for one shift. */
export interface SweepCell {
  dx: number;
  dy: number;
  predicted: number;
  /** Probability of `digit` (the unshifted answer). */
  p: number;
}

/**
 * The model's answer for every shift −SWEEP…SWEEP right/left and down/up, row-major by dy then dx,
 * and the probability each gives the unshifted answer `digit`.
 *
 * @example
 * const cells = shiftSweep(model.predict, drawnNine(), 9); cells.length; // 169
 */
export function shiftSweep(predict: (x: Float32Array) => Float32Array, input: Float32Array, digit: number): SweepCell[] {
  const cells: SweepCell[] = [];
  for (let dy = -SWEEP; dy <= SWEEP; dy++) {
    for (let dx = -SWEEP; dx <= SWEEP; dx++) {
      const probs = predict(moved(input, dx, dy));
      cells.push({ dx, dy, predicted: argmax(probs), p: probs[digit] });
    }
  }
  return cells;
}

/**
 * The largest shift in each direction (right, left, down, up) up to which every shift keeps the
 * unshifted answer.
 *
 * @example
 * holdsUpTo(cells, 9); // { right: 3, left: 2, down: 4, up: 1 }
 */
export function holdsUpTo(cells: readonly SweepCell[], digit: number): { right: number; left: number; down: number; up: number } {
  const at = (dx: number, dy: number) => cells.find((c) => c.dx === dx && c.dy === dy);
  const reach = (step: (k: number) => [number, number]) => {
    let k = 0;
    while (k < SWEEP && at(...step(k + 1))?.predicted === digit) k++;
    return k;
  };
  return { right: reach((k) => [k, 0]), left: reach((k) => [-k, 0]), down: reach((k) => [0, k]), up: reach((k) => [0, -k]) };
}
