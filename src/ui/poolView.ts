/**
 * Glue between the core's pooling trace (src/core poolSteps) and the engine's views: the
 * arithmetic of a pooling step, and which drawn cells its window covers, with the window's
 * maximum marked (`is-max`, see engine.css).
 */
import type { PoolStep } from '../core';
import type { ArithmeticSpec } from './arithmetic';

/**
 * The ArithmeticPanel spec of one pooling step over its real cells (padding and cells past the
 * end in ceil mode take no part): "max(3, 1, 8, 4) = 8" or "(3 + 1 + 8 + 4) / 4 = 4".
 *
 * @example
 * <ArithmeticPanel {...poolArithmetic(trace.steps[i])} />
 */
export function poolArithmetic(step: PoolStep): ArithmeticSpec {
  const terms = Array.from(step.patch.data)
    .filter((_, i) => !step.isPadding[i])
    .map((x) => ({ x }));
  return { op: step.kind === 'max' ? 'max' : 'mean', groups: [{ terms, result: step.result }], result: step.result };
}

/**
 * A `cellClass` for the grid the pooling window slides over (drawn in padded coordinates, i.e.
 * `trace.padded`): `in-window` on the covered cells, plus `is-max` on the maximum of a max-pooling
 * window.
 *
 * @example
 * <MatrixGrid ... cellClass={poolWindowCellClass(step)} overlay={<KernelOverlay ... />} />
 */
export function poolWindowCellClass(step: PoolStep | undefined): (row: number, col: number) => string | undefined {
  if (!step) return () => undefined;
  const rows = new Set(step.rows);
  const cols = new Set(step.cols);
  const kw = step.cols.length;
  const maxRow = step.argmaxIndex === null ? -1 : step.rows[Math.floor(step.argmaxIndex / kw)];
  const maxCol = step.argmaxIndex === null ? -1 : step.cols[step.argmaxIndex % kw];
  return (r, c) => {
    if (r === maxRow && c === maxCol) return 'in-window is-max';
    return rows.has(r) && cols.has(c) ? 'in-window' : undefined;
  };
}
