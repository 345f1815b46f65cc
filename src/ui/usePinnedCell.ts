/**
 * The output cell a learner points at (hover or focus): while set, the lesson shows that cell's
 * window and arithmetic instead of the current step's. Pass `onHover` to the output MatrixGrid's
 * `onCellHover`.
 *
 * @example
 * const [pinned, onHover] = usePinnedCell();
 * const shown = pinned ? stepOfCell(pinned) : step;
 */
import { useCallback, useState } from 'react';
import type { GridCell } from './MatrixGrid';

export function usePinnedCell(): [GridCell | null, (cell: GridCell | null) => void] {
  const [pinned, setPinned] = useState<GridCell | null>(null);
  const onHover = useCallback((cell: GridCell | null) => {
    setPinned((p) => (p?.row === cell?.row && p?.col === cell?.col ? p : cell));
  }, []);
  return [pinned, onHover];
}
