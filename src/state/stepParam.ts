/**
 * Reads the `?step=N` parameter of a lesson (0-based, CONTRACT.md). Never throws: a malformed
 * value falls back to the first step, an out-of-range one is clamped, and both are reported so
 * that the lesson can say which value it ignored.
 */
export interface StepReading {
  /** The step to show, 0-based, within `[0, steps - 1]` (0 when there are no steps). */
  step: number;
  /** Set when the link held a step that could not be used as it is. */
  ignored?: { value: string; reason: 'malformed' | 'range' };
}

/**
 * @example
 * readStepParam('4', 9);   // { step: 4 }
 * readStepParam('abc', 9); // { step: 0, ignored: { value: 'abc', reason: 'malformed' } }
 * readStepParam('-3', 9);  // { step: 0, ignored: { value: '-3', reason: 'range' } }
 * readStepParam('999', 9); // { step: 8, ignored: { value: '999', reason: 'range' } }
 */
export function readStepParam(raw: string | undefined, steps: number): StepReading {
  if (raw === undefined || raw === '') return { step: 0 };
  const last = Math.max(steps - 1, 0);
  if (!/^\s*-?\d+\s*$/.test(raw)) return { step: 0, ignored: { value: raw, reason: 'malformed' } };
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) return { step: n < 0 ? 0 : last, ignored: { value: raw, reason: 'range' } };
  if (n < 0) return { step: 0, ignored: { value: raw, reason: 'range' } };
  if (steps > 0 && n > last) return { step: last, ignored: { value: raw, reason: 'range' } };
  return { step: n };
}
