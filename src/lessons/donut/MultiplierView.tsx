/*
 * The multiplier donut filter (L15): the 8×8 grey image with zero padding, the 5×5 filter, the
 * activation map filling pixel by pixel, and the arithmetic of one pixel with its in-bound products.
 */
import { useTranslation } from 'react-i18next';
import type { ConvStep } from '../../core';
import {
  CELL,
  ArithmeticPanel,
  type ArithmeticSpec,
  type GridCell,
  KernelOverlay,
  MatrixGrid,
  formatNumber,
  stepOfCell,
  windowCellClass,
  markPinnedAndCurrent,
} from '../../ui';
import { MOST_DONUTTY, PRINTED_ACTIVATION } from './fixtures';
import type { MultiplierTrace } from './trace';

/**
 * The arithmetic of one pixel with only the products of cells inside the image (padding cells
 * are 0 and add nothing): "0.73×(−2.5) + 0.86×1 + … = −0.443".
 *
 * @example
 * inBoundArithmetic(trace.conv.steps[0]).groups[0].terms.length; // 9
 */
export function inBoundArithmetic(step: ConvStep): ArithmeticSpec {
  const terms = [];
  for (let i = 0; i < step.isPadding.length; i++) {
    if (!step.isPadding[i]) terms.push({ x: step.patch.data[i], w: step.kernel.data[i] });
  }
  return { groups: [{ terms, result: step.result }], result: step.result, digits: 3 };
}

/** Multiplier mode: the padded grey image with the 5×5 window, the filter (editable), the map and one pixel’s arithmetic. */
export function MultiplierView(props: {
  trace: MultiplierTrace;
  step: number;
  /** The lecture's filter, image and padding 2: the printed map applies. */
  isLecture: boolean;
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect: (cell: GridCell) => void;
  onEditKernel: (r: number, c: number, v: number) => void;
}) {
  const { t } = useTranslation('donut');
  const { trace, step, pinned } = props;
  const conv = trace.conv;
  const [, Hp, Wp] = conv.padded.shape;
  const [, outH, outW] = conv.outShape;
  const p = conv.pads.top;
  const current = conv.steps[step];
  const pinnedStep = pinned ? stepOfCell(conv.steps, pinned.row, pinned.col) : undefined;
  const shown = pinnedStep ?? current;
  const inBound = shown.isPadding.filter((x) => !x).length;
  const best = trace.best;
  const bestIsLecture = props.isLecture && best.row === MOST_DONUTTY.row && best.col === MOST_DONUTTY.col;
  return (
    <>
      <div className="donut-row">
        <MatrixGrid
          role={p > 0 ? 'padded' : 'input'}
          label={t('grids.greyLabel', { p, rows: Hp, cols: Wp })}
          caption={p > 0 ? t('grids.grey', { p }) : t('grids.greyNoPad')}
          rows={Hp}
          cols={Wp}
          values={conv.padded.data}
          scale="grey"
          domain={[0, 1]}
          legend={false}
          pads={conv.pads}
          cellSize={CELL.md}
          cellClass={windowCellClass(shown)}
          overlay={
            <KernelOverlay row={shown.origin.row} col={shown.origin.col} rows={5} cols={5} weights={shown.kernel.data} faded={!!pinnedStep} />
          }
        />
        <MatrixGrid
          role="kernel"
          label={t('grids.kernelLabel')}
          caption={t('grids.kernel')}
          rows={5}
          cols={5}
          values={conv.weights.data}
          scale="signed"
          legend={false}
          cellSize={CELL.lg}
          onEdit={props.onEditKernel}
        />
        <MatrixGrid
          role="output"
          label={t('grids.mapLabel', { rows: outH, cols: outW })}
          caption={t('grids.map', { rows: outH, cols: outW })}
          rows={outH}
          cols={outW}
          values={trace.map.data}
          scale="signed"
          cellSize={CELL.xl}
          pending={(r, c) => r * outW + c > step}
          cellClass={markPinnedAndCurrent(current, pinnedStep)}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
      </div>
      <div className="donut-arith">
        <ArithmeticPanel {...inBoundArithmetic(shown)} title={t('arith.title', { row: shown.row, col: shown.col })} />
        <p className="donut-note">
          {t('readout.mapValue', { value: formatNumber(shown.result) })}
          {inBound < shown.isPadding.length && <> · {t('readout.inBound', { n: inBound })}</>}
        </p>
        <p className="donut-readout" data-testid="best" data-value={best.value}>
          {t('readout.best', { row: best.row, col: best.col, value: formatNumber(best.value) })}
        </p>
        {bestIsLecture && <p className="lesson-aside">{t('readout.bestNote')}</p>}
      </div>
      {props.isLecture && step === conv.steps.length - 1 && (
        <MatrixGrid
          role="printed"
          label={t('grids.printedLabel')}
          caption={t('grids.printed')}
          rows={8}
          cols={8}
          values={PRINTED_ACTIVATION.flat()}
          scale="signed"
          legend={false}
          cellSize={CELL.xl}
        />
      )}
    </>
  );
}
