/*
 * Whether a 28×28 model input can be attacked at all (pure, no tfjs): an empty canvas has no
 * digit, and a canvas painted over almost everywhere is a block, not a digit.
 */

/** Share of the 28×28 pixels at half ink or more above which the drawing counts as a filled block. */
export const FILLED_SHARE = 0.45;

export type AttackInputProblem = 'blank' | 'filled';

/**
 * Why this input cannot be attacked, or null when it can.
 *
 * @example
 * attackInputProblem(null);                          // 'blank'
 * attackInputProblem(new Float32Array(784).fill(1)); // 'filled'
 */
export function attackInputProblem(input: ArrayLike<number> | null): AttackInputProblem | null {
  if (!input) return 'blank';
  let ink = 0;
  let strong = 0;
  for (let i = 0; i < input.length; i++) {
    ink += input[i];
    if (input[i] >= 0.5) strong++;
  }
  if (ink === 0) return 'blank';
  if (strong / input.length >= FILLED_SHARE) return 'filled';
  return null;
}
