/*
 * A 28×28 handwritten-style 9 for the pixels lesson, drawn here as MNIST draws digits: white ink
 * (255) on black (0), with grey edges. It is made for this lesson (the slides show no pixel values
 * of a 28×28 digit): a ring and a slanted stem, each pixel's ink from its distance to the stroke.
 */
import { MNIST_SIDE } from '../../core';

/** Distance from point p to the segment a–b. */
function segmentDistance(py: number, px: number, ay: number, ax: number, by: number, bx: number): number {
  const vy = by - ay;
  const vx = bx - ax;
  const t = Math.max(0, Math.min(1, ((py - ay) * vy + (px - ax) * vx) / (vy * vy + vx * vx)));
  return Math.hypot(py - (ay + t * vy), px - (ax + t * vx));
}

/** Side of the digit image: MNIST's 28. */
export const DIGIT_SIDE = MNIST_SIDE;

/**
 * The 28×28 digit as whole numbers 0–255, row-major (784 values).
 *
 * @example
 * drawDigit().length; // 784
 */
export function drawDigit(): number[] {
  const ring = { y: 9.5, x: 13.5, r: 5.2 };
  const stem = { ay: 10, ax: 18.6, by: 23.5, bx: 14.5 };
  const half = 1.55;
  const out: number[] = [];
  for (let r = 0; r < DIGIT_SIDE; r++) {
    for (let c = 0; c < DIGIT_SIDE; c++) {
      const y = r + 0.5;
      const x = c + 0.5;
      const dRing = Math.abs(Math.hypot(y - ring.y, x - ring.x) - ring.r);
      const dStem = segmentDistance(y, x, stem.ay, stem.ax, stem.by, stem.bx);
      const d = Math.min(dRing, dStem);
      const ink = Math.max(0, Math.min(1, half + 0.5 - d));
      out.push(Math.round(ink * 255));
    }
  }
  return out;
}
