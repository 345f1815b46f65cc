/**
 * KernelOverlay: the kernel window sliding over a MatrixGrid (pass it as the grid's `overlay`).
 * It outlines the window and prints the lecture's `×w` multiplier in the corner of every covered
 * cell (`1 ×1`, `0 ×0`). The window moves with a CSS transform transition; under
 * `prefers-reduced-motion` it jumps (theme.css turns transitions off).
 *
 * Coordinates are cells of the grid it sits on (the padded grid when padding is drawn).
 *
 * @example
 * <MatrixGrid role="padded" ... overlay={
 *   <KernelOverlay row={1} col={2} rows={3} cols={3} weights={[1,0,1,0,1,0,1,0,1]} />
 * } />
 */
import type { CSSProperties } from 'react';
import { formatNumber } from './format';

export interface KernelOverlayProps {
  /** Top-left covered cell (0-based, in the grid's coordinates). */
  row: number;
  col: number;
  /** Kernel size. */
  rows: number;
  cols: number;
  /** Row-major kernel weights (`rows × cols`); omit to draw the window only (pooling). */
  weights?: ArrayLike<number>;
  /** Gap between kernel cells, `[vertical, horizontal]`; 1 = none. */
  dilation?: readonly [number, number];
  /** Label of a multiplier (default `×` + formatNumber). */
  format?: (w: number) => string;
  /** Drawn lighter, e.g. while a hovered cell is pinned elsewhere. */
  faded?: boolean;
}

export function KernelOverlay(props: KernelOverlayProps) {
  const [dh, dw] = props.dilation ?? [1, 1];
  const spanR = (props.rows - 1) * dh + 1;
  const spanC = (props.cols - 1) * dw + 1;
  const fmt = props.format ?? ((w: number) => `×${formatNumber(w)}`);
  const style = {
    '--span-r': spanR,
    '--span-c': spanC,
    transform: `translate(calc(${props.col} * (var(--cell) + var(--gap))), calc(${props.row} * (var(--cell) + var(--gap))))`,
  } as CSSProperties;
  const marks = [];
  if (props.weights) {
    for (let i = 0; i < props.rows; i++) {
      for (let j = 0; j < props.cols; j++) {
        const s = { '--i': i * dh, '--j': j * dw } as CSSProperties;
        marks.push(
          <span key={`${i},${j}`} className="kernel-mult" style={s}>
            <span>{fmt(props.weights[i * props.cols + j])}</span>
          </span>,
        );
      }
    }
  }
  return (
    <div className={`kernel-overlay${props.faded ? ' is-faded' : ''}`} style={style} data-window-row={props.row} data-window-col={props.col}>
      {marks}
    </div>
  );
}
