/**
 * Where two models differ on the test set: pure arithmetic on their predicted digits (no tfjs).
 */

/** A test image the two models classify differently. */
export interface Disagreement {
  index: number;
  label: number;
  a: number;
  b: number;
}

function check(a: ArrayLike<number>, b: ArrayLike<number>, labels: ArrayLike<number>): void {
  if (a.length !== b.length || a.length > labels.length) {
    throw new RangeError(`the two models have ${a.length} and ${b.length} predictions for ${labels.length} labels`);
  }
}

/**
 * The test images on which the predictions differ, in test-set order.
 *
 * @example disagreements([7, 2, 1], [7, 3, 1], [7, 2, 1]) // → [{ index: 1, label: 2, a: 2, b: 3 }]
 */
export function disagreements(a: ArrayLike<number>, b: ArrayLike<number>, labels: ArrayLike<number>): Disagreement[] {
  check(a, b, labels);
  const out: Disagreement[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push({ index: i, label: labels[i], a: a[i], b: b[i] });
  return out;
}

/**
 * Fraction of predictions equal to their labels (0 for none).
 *
 * @example accuracy([7, 2, 0], [7, 2, 1]) // → 0.6666666666666666
 */
export function accuracy(preds: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (preds.length > labels.length) throw new RangeError(`${preds.length} predictions for ${labels.length} labels`);
  if (preds.length === 0) return 0;
  let right = 0;
  for (let i = 0; i < preds.length; i++) if (preds[i] === labels[i]) right++;
  return right / preds.length;
}

/** How the disagreements split: only A right, only B right, both wrong. */
export interface DisagreementSplit {
  aRight: number;
  bRight: number;
  bothWrong: number;
}

/**
 * @example split([{ index: 1, label: 2, a: 2, b: 3 }]) // → { aRight: 1, bRight: 0, bothWrong: 0 }
 */
export function split(list: readonly Disagreement[]): DisagreementSplit {
  const s = { aRight: 0, bRight: 0, bothWrong: 0 };
  for (const d of list) {
    if (d.a === d.label) s.aRight++;
    else if (d.b === d.label) s.bRight++;
    else s.bothWrong++;
  }
  return s;
}

/**
 * Why two models cannot be compared on the same images, or null: their inputs must have the
 * same shape.
 *
 * @example inputMismatch([null, 28, 28, 1], [null, 32, 32, 3]) // → 'the models take [null, 28, 28, 1] and [null, 32, 32, 3]'
 */
export function inputMismatch(a: readonly (number | null)[], b: readonly (number | null)[]): string | null {
  const same = a.length === b.length && a.every((v, i) => v === b[i]);
  const f = (s: readonly (number | null)[]) => `[${s.map(String).join(', ')}]`;
  return same ? null : `the models take ${f(a)} and ${f(b)}`;
}
