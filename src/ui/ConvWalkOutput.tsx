/**
 * The output side of a convolution walk, shared by every lesson that steps a kernel over an image:
 * `useShownConvStep` picks the step to show (the pointed-at output cell wins over the current
 * step), `ConvOutputGrid` draws the output filling in step by step (current and pinned cells
 * marked; clicking a cell jumps to its step) and `ShownConvArithmetic` shows that step's sum.
 *
 * @example
 * const view = useShownConvStep(trace.steps, step);
 * <ConvOutputGrid view={view} steps={trace.steps} step={step} role="output" rows={3} cols={3} values={trace.output.data} label="Output" />
 * <ShownConvArithmetic view={view} title={`Output (${view.shown.row}, ${view.shown.col})`} pinnedNote="…" />
 */
import type { ConvStep } from '../core';
import { useStore } from '../state/store';
import { ArithmeticPanel } from './ArithmeticPanel';
import { convArithmetic, stepOfCell } from './convView';
import { MatrixGrid, type GridCell, type MatrixGridProps } from './MatrixGrid';
import { markPinnedAndCurrent } from './cellMarks';
import { usePinnedCell } from './usePinnedCell';

export interface ShownConvStep {
  /** The step the stepper is on. */
  current: ConvStep | undefined;
  /** The step of the output cell under the pointer or focus, if any. */
  pinnedStep: ConvStep | undefined;
  /** What the views show: the pinned step, else the current one. */
  shown: ConvStep | undefined;
  /** Pass to the output grid's `onCellHover` (ConvOutputGrid does). */
  onHover: (cell: GridCell | null) => void;
}

/** The step whose window and arithmetic the lesson shows now. */
export function useShownConvStep(steps: readonly ConvStep[], step: number): ShownConvStep {
  const [pinned, onHover] = usePinnedCell();
  const current = steps[step];
  const pinnedStep = pinned ? stepOfCell(steps, pinned.row, pinned.col) : undefined;
  return { current, pinnedStep, shown: pinnedStep ?? current, onHover };
}

type OutputGridProps = Omit<MatrixGridProps, 'pending' | 'cellClass' | 'onCellHover' | 'onCellSelect'> & {
  view: ShownConvStep;
  steps: readonly ConvStep[];
  step: number;
};

/** The output grid of a convolution walk: cells after the current step are still blank. */
export function ConvOutputGrid({ view, steps, step, ...grid }: OutputGridProps) {
  const goToStep = useStore((s) => s.goToStep);
  const pause = useStore((s) => s.pause);
  const { pinnedStep, current } = view;
  return (
    <MatrixGrid
      {...grid}
      pending={(r, c) => r * grid.cols + c > step}
      cellClass={markPinnedAndCurrent(current, pinnedStep)}
      onCellHover={view.onHover}
      onCellSelect={(cell) => {
        const s = stepOfCell(steps, cell.row, cell.col);
        if (s) {
          pause();
          goToStep(s.index);
        }
      }}
    />
  );
}

/** The arithmetic of the shown step, with a note when it is a pinned cell rather than the current step. */
export function ShownConvArithmetic(props: { view: ShownConvStep; title: string; pinnedNote?: string; className?: string }) {
  const { shown, pinnedStep, current } = props.view;
  if (!shown) return null;
  return (
    <div className={props.className}>
      {pinnedStep && pinnedStep !== current && props.pinnedNote && <p className="pinned-note">{props.pinnedNote}</p>}
      <ArithmeticPanel {...convArithmetic(shown)} title={props.title} />
    </div>
  );
}
