import type { GridCell } from './MatrixGrid';

/**
 * A MatrixGrid `cellClass` marking the cell the learner points at (`is-pinned`) over the current
 * step's cell (`is-current`).
 *
 * @example
 * <MatrixGrid cellClass={markPinnedAndCurrent(current, pinned)} … />
 * markPinnedAndCurrent({ row: 0, col: 1 }, null)(0, 1); // 'is-current'
 */
export function markPinnedAndCurrent(
  current: GridCell | null | undefined,
  pinned: GridCell | null | undefined,
): (row: number, col: number) => string | undefined {
  return (r, c) => {
    if (pinned && pinned.row === r && pinned.col === c) return 'is-pinned';
    if (current && current.row === r && current.col === c) return 'is-current';
    return undefined;
  };
}
