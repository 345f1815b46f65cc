/*
 * The four pictures of the feature-match lesson: matching (window, filter, products, map), ReLU,
 * pooling (2×2, stride 1), and the shifted 9.
 */
import { useTranslation } from 'react-i18next';
import {
  CELL,
  ArithmeticPanel,
  type GridCell,
  KernelOverlay,
  MatrixGrid,
  formatNumber,
  markPinnedAndCurrent,
  stepOfCell,
  windowCellClass,
  poolArithmetic,
  poolWindowCellClass,
} from '../../ui';
import { meanArithmetic } from './arith';
import { PRINTED_MAP } from './fixtures';
import type { FeatureMatchSetting } from './params';
import { type FeatureMatchTrace, truncate2 } from './trace';

const SIGNED_UNIT: [number, number] = [-1, 1];
/** Cell side (em) of grids holding two-decimal values such as −0.56. */
const MAP_CELL = CELL.xxl;

type CellClass = (r: number, c: number) => string | undefined;


/** The feature map (`grid-output`): mean of the products, filled up to `upTo` (row-major index). */
function OutputGrid(props: {
  trace: FeatureMatchTrace;
  upTo?: number;
  current?: GridCell;
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect?: (cell: GridCell) => void;
  legend?: boolean;
}) {
  const { t } = useTranslation('feature-match');
  const [H, W] = props.trace.map.shape;
  const upTo = props.upTo;
  return (
    <MatrixGrid
      role="output"
      label={t('grids.outputLabel')}
      caption={t('grids.output')}
      rows={H}
      cols={W}
      values={props.trace.map.data}
      scale="signed"
      domain={SIGNED_UNIT}
      legend={props.legend ?? false}
      cellSize={MAP_CELL}
      pending={upTo === undefined ? undefined : (r, c) => r * W + c > upTo}
      cellClass={markPinnedAndCurrent(props.current, props.pinned)}
      onCellHover={props.onHover}
      onCellSelect={props.onSelect}
    />
  );
}

/** Matching: the window on the 9, the filter (editable), the products, the map filling up, the arithmetic. */
export function ConvPhase(props: {
  trace: FeatureMatchTrace;
  step: number;
  setting: FeatureMatchSetting;
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect: (cell: GridCell) => void;
  onEditKernel: (r: number, c: number, v: number) => void;
  onToggleInput: (r: number, c: number) => void;
}) {
  const { t } = useTranslation('feature-match');
  const { trace, step, pinned } = props;
  const current = trace.conv.steps[step];
  const pinnedStep = pinned ? stepOfCell(trace.conv.steps, pinned.row, pinned.col) : undefined;
  const shown = pinnedStep ?? current;
  const [H, W] = trace.input.shape;
  const mean = shown.result / trace.cells;
  const printed = props.setting.isLecture ? PRINTED_MAP[shown.row][shown.col] : truncate2(mean);
  const rounded = Number(mean.toFixed(2));
  return (
    <>
      <div className="fm-row">
        <div className="fm-block">
          <MatrixGrid
            role="input"
            label={t('grids.inputLabel')}
            caption={t('grids.input')}
            rows={H}
            cols={W}
            values={trace.input.data}
            scale="signed"
            domain={SIGNED_UNIT}
            legend={false}
            cellClass={windowCellClass(shown)}
            onToggle={props.onToggleInput}
            toggleHint={t('grids.inputHint')}
            overlay={<KernelOverlay row={shown.origin.row} col={shown.origin.col} rows={3} cols={3} weights={shown.kernel.data} faded={!!pinnedStep} />}
          />
        </div>
        <span className="op-sign" aria-hidden="true">⊛</span>
        <MatrixGrid
          role="kernel"
          label={t('grids.kernelLabel')}
          caption={t('grids.kernel')}
          rows={3}
          cols={3}
          values={trace.filter.data}
          scale="signed"
          domain={SIGNED_UNIT}
          legend={false}
          onEdit={props.onEditKernel}
        />
      </div>
      <div className="fm-row">
        <MatrixGrid
          role="products"
          label={t('grids.productsLabel')}
          caption={t('grids.products')}
          rows={3}
          cols={3}
          values={shown.products.data}
          scale="signed"
          domain={SIGNED_UNIT}
          legend={false}
        />
        <span className="op-sign" aria-hidden="true">→</span>
        <OutputGrid trace={trace} upTo={step} current={current} pinned={pinned} onHover={props.onHover} onSelect={props.onSelect} legend />
      </div>
      <div className="fm-arith">
        <ArithmeticPanel {...meanArithmetic(shown, trace.cells)} title={t('arith.conv', { row: shown.row, col: shown.col })} />
        {mean === 1 && <p className="fm-verdict">{t('readout.match')}</p>}
        {mean === -1 && <p className="fm-verdict">{t('readout.mismatch')}</p>}
        {props.setting.isLecture && printed !== rounded && (
          <p className="lesson-aside" data-testid="printed-note">
            {t('readout.printedNote', { printed: formatNumber(printed), exact: formatNumber(mean, 4), rounded: formatNumber(rounded) })}
          </p>
        )}
      </div>
      {props.setting.isLecture && step === trace.conv.steps.length - 1 && (
        <MatrixGrid
          role="printed"
          label={t('grids.printedLabel')}
          caption={t('grids.printed')}
          rows={PRINTED_MAP.length}
          cols={PRINTED_MAP[0].length}
          values={PRINTED_MAP.flat()}
          scale="signed"
          domain={SIGNED_UNIT}
          legend={false}
        />
      )}
    </>
  );
}

/** ReLU: the map and its ReLU, the negative cells marked; hovering a map cell shows its mean. */
export function ReluPhase(props: { trace: FeatureMatchTrace; pinned: GridCell | null; onHover: (cell: GridCell | null) => void }) {
  const { t } = useTranslation('feature-match');
  const { trace, pinned } = props;
  const [H, W] = trace.relu.shape;
  const negatives = Array.from(trace.map.data).filter((v) => v < 0).length;
  const pinnedStep = pinned ? stepOfCell(trace.conv.steps, pinned.row, pinned.col) : undefined;
  return (
    <>
      <div className="fm-row">
        <OutputGrid trace={trace} pinned={pinned} onHover={props.onHover} />
        <span className="op-sign" aria-hidden="true">ReLU →</span>
        <MatrixGrid
          role="relu"
          label={t('grids.reluLabel')}
          caption={t('grids.relu')}
          rows={H}
          cols={W}
          values={trace.relu.data}
          scale="signed"
          domain={SIGNED_UNIT}
          legend={false}
          cellSize={MAP_CELL}
          cellClass={(r, c) => (trace.map.data[r * W + c] < 0 ? 'fm-zeroed' : undefined)}
          onCellHover={props.onHover}
        />
      </div>
      <p className="fm-readout">{t('arith.relu', { negatives })}</p>
      {pinnedStep && (
        <ArithmeticPanel {...meanArithmetic(pinnedStep, trace.cells)} title={t('arith.conv', { row: pinnedStep.row, col: pinnedStep.col })} />
      )}
    </>
  );
}

/** Pooling: the 2×2 window (stride 1) on the ReLU map, its maximum marked, the pooled map filling up. */
export function PoolPhase(props: {
  trace: FeatureMatchTrace;
  step: number;
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect: (cell: GridCell) => void;
}) {
  const { t } = useTranslation('feature-match');
  const { trace, step, pinned } = props;
  const pool = trace.pool;
  const current = pool.steps[step];
  const [, outH, outW] = pool.outShape;
  const pinnedStep = pinned ? pool.steps.find((s) => s.row === pinned.row && s.col === pinned.col) : undefined;
  const shown = pinnedStep ?? current;
  const [H, W] = trace.relu.shape;
  return (
    <>
      <div className="fm-row">
        <OutputGrid trace={trace} pinned={null} onHover={() => undefined} />
        <span className="op-sign" aria-hidden="true">ReLU →</span>
        <MatrixGrid
          role="relu"
          label={t('grids.reluLabel')}
          caption={t('grids.relu')}
          rows={H}
          cols={W}
          values={trace.relu.data}
          scale="signed"
          domain={SIGNED_UNIT}
          legend={false}
          cellSize={MAP_CELL}
          cellClass={poolWindowCellClass(shown)}
          overlay={<KernelOverlay row={shown.origin.row} col={shown.origin.col} rows={2} cols={2} faded={!!pinnedStep} />}
        />
        <span className="op-sign" aria-hidden="true">→</span>
        <MatrixGrid
          role="pooled"
          label={t('grids.pooledLabel')}
          caption={t('grids.pooled')}
          rows={outH}
          cols={outW}
          values={pool.output.data}
          scale="signed"
          domain={SIGNED_UNIT}
          legend={false}
          cellSize={MAP_CELL}
          pending={(r, c) => r * outW + c > step}
          cellClass={markPinnedAndCurrent(current, pinned)}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
      </div>
      <div className="fm-arith">
        <ArithmeticPanel {...poolArithmetic(shown)} title={t('arith.pool', { row: shown.row, col: shown.col })} />
      </div>
    </>
  );
}

/** The 9 shifted one pixel: changed pixels, both maps, and (last step) which pooled values survive. */
export function ShiftPhase(props: { trace: FeatureMatchTrace; survive: boolean }) {
  const { t } = useTranslation('feature-match');
  const { trace, survive } = props;
  const [H, W] = trace.input.shape;
  const [mh, mw] = trace.map.shape;
  const [, ph, pw] = trace.pool.outShape;
  const same = trace.survives.filter(Boolean).length;
  const best = Math.max(...trace.pool.output.data);
  const bestShifted = Math.max(...trace.shiftedPool.output.data);
  const changedClass: CellClass = (r, c) => (trace.changed[r * W + c] ? 'fm-changed' : undefined);
  const surviveClass: CellClass = (r, c) => (trace.survives[r * pw + c] ? 'fm-same' : 'fm-changed');
  const grid = (role: string, key: 'input' | 'shifted' | 'shiftedOutput' | 'shiftedRelu' | 'pooled' | 'shiftedPooled', values: ArrayLike<number>, rows: number, cols: number, cellClass?: CellClass, cellSize?: number) => (
    <MatrixGrid
      role={role}
      label={t(`grids.${key}Label`)}
      caption={t(`grids.${key}`)}
      rows={rows}
      cols={cols}
      values={values}
      scale="signed"
      domain={SIGNED_UNIT}
      legend={false}
      cellSize={cellSize}
      cellClass={cellClass}
    />
  );
  return (
    <>
      <div className="fm-row">
        {grid('input', 'input', trace.input.data, H, W, survive ? undefined : changedClass)}
        {grid('shifted-input', 'shifted', trace.shiftedInput.data, H, W, survive ? undefined : changedClass)}
        <p className="fm-readout" data-testid="changed-count" data-value={trace.changedCount}>
          {t('readout.changed', { n: trace.changedCount, total: H * W })}
        </p>
      </div>
      <div className="fm-row">
        <OutputGrid trace={trace} pinned={null} onHover={() => undefined} />
        {grid('shifted-output', 'shiftedOutput', trace.shiftedMap.data, mh, mw, undefined, MAP_CELL)}
        {!survive && grid('shifted-relu', 'shiftedRelu', trace.shiftedRelu.data, mh, mw, undefined, MAP_CELL)}
      </div>
      {survive && (
        <div className="fm-row">
          {grid('pooled', 'pooled', trace.pool.output.data, ph, pw, surviveClass, MAP_CELL)}
          {grid('shifted-pooled', 'shiftedPooled', trace.shiftedPool.output.data, ph, pw, surviveClass, MAP_CELL)}
          <p className="fm-readout" data-testid="survive-count" data-value={same}>
            {best === bestShifted
              ? t('readout.survive', { n: same, total: ph * pw, best: formatNumber(best) })
              : t('readout.noMatch', { best: formatNumber(best), shifted: formatNumber(bestShifted) })}
          </p>
        </div>
      )}
    </>
  );
}
