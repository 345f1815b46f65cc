/*
 * Part 1 of the ReLU lesson: the feature map, its ReLU filled cell by cell, and the arithmetic
 * max(0, x) of the current (or pointed-at) cell.
 */
import { useTranslation } from 'react-i18next';
import { CELL, ArithmeticPanel, type GridCell, MatrixGrid, markPinnedAndCurrent } from '../../ui';
import type { ReluLessonTrace } from './trace';

export function ReluMapView(props: {
  trace: ReluLessonTrace;
  /** Index (reading order) of the last cell done. */
  upTo: number;
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect: (cell: GridCell) => void;
}) {
  const { t } = useTranslation('relu');
  const { trace, upTo, pinned } = props;
  const [H, W] = trace.map.shape;
  const current = { row: Math.floor(upTo / W), col: upTo % W };
  const shown = pinned ?? current;
  const i = shown.row * W + shown.col;
  const x = trace.map.data[i];
  const y = trace.relu.data[i];
  let m = 1;
  for (const v of trace.map.data) m = Math.max(m, Math.abs(v));
  const domain: [number, number] = [-m, m];
  const mark = markPinnedAndCurrent(current, pinned);
  return (
    <>
      <div className="relu-grids">
        <MatrixGrid
          role="input"
          label={t('grid.input', { rows: H, cols: W })}
          caption={t('grid.input', { rows: H, cols: W })}
          rows={H}
          cols={W}
          values={trace.map.data}
          scale="signed"
          domain={domain}
          cellSize={CELL.xxl}
          cellClass={mark}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
        <span className="op-sign" aria-hidden="true">→</span>
        <MatrixGrid
          role="output"
          label={t('grid.output', { rows: H, cols: W })}
          caption={t('grid.output', { rows: H, cols: W })}
          rows={H}
          cols={W}
          values={trace.relu.data}
          scale="signed"
          domain={domain}
          cellSize={CELL.xxl}
          pending={(r, c) => r * W + c > upTo}
          cellClass={mark}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
      </div>
      <ArithmeticPanel
        op="max"
        groups={[{ terms: [{ x: 0 }, { x }], result: y }]}
        result={y}
        title={t('cellTitle', { row: shown.row, col: shown.col })}
      />
    </>
  );
}
