/**
 * Glue between the core's convolution trace (src/core convSteps) and the engine's views: the
 * arithmetic of a step, and which drawn cells the window covers.
 */
import type { ConvStep } from '../core';
import type { ArithmeticSpec } from './arithmetic';

/**
 * The ArithmeticPanel spec of one convolution step: one group per input channel (labelled with
 * `channelLabels[c]` when there are several channels), the bias when it is not 0 (or when
 * `showBias`), and the step's exact result.
 *
 * @example
 * <ArithmeticPanel {...convArithmetic(trace.steps[i])} />
 * <ArithmeticPanel {...convArithmetic(step, ['R', 'G', 'B'], true)} />  // 308 + (−498) + 164 + 1 = −25
 */
export function convArithmetic(step: ConvStep, channelLabels?: string[], showBias = false): ArithmeticSpec {
  const [C, kh, kw] = step.patch.shape;
  const n = kh * kw;
  const groups = [];
  for (let c = 0; c < C; c++) {
    const terms = [];
    for (let t = 0; t < n; t++) terms.push({ x: step.patch.data[c * n + t], w: step.kernel.data[c * n + t] });
    groups.push({ label: C > 1 ? (channelLabels?.[c] ?? String(c)) : undefined, terms, result: step.channelSums[c] });
  }
  return { groups, bias: showBias || step.bias !== 0 ? step.bias : undefined, result: step.result };
}

/**
 * A `cellClass` for the drawn (padded) input: `in-window` on the cells the step's kernel covers.
 *
 * @example
 * <MatrixGrid ... cellClass={windowCellClass(step)} />
 */
export function windowCellClass(step: ConvStep | undefined): (row: number, col: number) => string | undefined {
  if (!step) return () => undefined;
  const rows = new Set(step.rows);
  const cols = new Set(step.cols);
  return (r, c) => (rows.has(r) && cols.has(c) ? 'in-window' : undefined);
}

/** The step that computes output cell (row, col) of filter `k` (default 0), if any. */
export function stepOfCell(steps: readonly ConvStep[], row: number, col: number, k = 0): ConvStep | undefined {
  return steps.find((s) => s.k === k && s.row === row && s.col === col);
}
