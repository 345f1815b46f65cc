/*
 * The Boolean donut filter (L14): the binary image with its out-of-bounds border (black), the
 * conditions, the check at the current pixel and the map of failed conditions.
 */
import { useTranslation } from 'react-i18next';
import { type GridCell, KernelOverlay, MatrixGrid } from '../../ui';
import type { BooleanTrace } from './trace';
import type { Condition } from './fixtures';

/** Border drawn around the image: the filter reaches 2 cells past the edge. */
const BORDER = 2;

/** Grey value of a condition in the conditions grid: black, white, or mid-grey for "doesn't matter". */
export const CONDITION_CODE: Record<Condition, number> = { B: 0, W: 1, X: 0.5 };
const codeToCondition = (v: number): Condition => (v === 0 ? 'B' : v === 1 ? 'W' : 'X');

/** Boolean mode: conditions, the image with its black border, the check at one pixel and the failed-conditions map. */
export function BooleanView(props: {
  trace: BooleanTrace;
  step: number;
  conditions: Condition[][];
  pinned: GridCell | null;
  onHover: (cell: GridCell | null) => void;
  onSelect: (cell: GridCell) => void;
  onTogglePixel: (r: number, c: number) => void;
  onCycleCondition: (r: number, c: number) => void;
}) {
  const { t } = useTranslation('donut');
  const { trace, step, pinned } = props;
  const [H, W] = trace.image.shape;
  const current = trace.checks[step];
  const pinnedCheck = pinned ? trace.checks[pinned.row * W + pinned.col] : undefined;
  const shown = pinnedCheck ?? current;
  const Hp = H + 2 * BORDER;
  const Wp = W + 2 * BORDER;
  const padded = new Array<number>(Hp * Wp).fill(0);
  for (let r = 0; r < H; r++) for (let c = 0; c < W; c++) padded[(r + BORDER) * Wp + c + BORDER] = trace.image.data[r * W + c];
  const letter = (v: number) => t(`cond.${codeToCondition(v)}`);
  const pixel = (v: number) => (v > 0 ? t('cond.W') : t('cond.B'));
  const codes = props.conditions.flat().map((c) => CONDITION_CODE[c]);
  const windowRows = new Set(shown.cells.map((line) => line[0].imageRow + BORDER));
  const windowCols = new Set(shown.cells[0].map((cell) => cell.imageCol + BORDER));
  const failedHere = shown.failed;
  const found = trace.donuts.filter((d) => d.row * W + d.col <= step);
  const atEnd = step === trace.checks.length - 1;
  const donutList = found.map((d) => `(${d.row}, ${d.col})`).join(', ');
  return (
    <>
      <div className="donut-row">
        <MatrixGrid
          role="kernel"
          label={t('grids.conditionsLabel')}
          caption={t('grids.conditions')}
          rows={5}
          cols={5}
          values={codes}
          scale="grey"
          domain={[0, 1]}
          legend={false}
          format={letter}
          onToggle={props.onCycleCondition}
          toggleHint={t('grids.conditionsHint')}
        />
        <MatrixGrid
          role="padded"
          label={t('grids.binaryLabel', { rows: Hp, cols: Wp })}
          caption={t('grids.binary')}
          rows={Hp}
          cols={Wp}
          values={padded}
          scale="grey"
          domain={[0, 1]}
          legend={false}
          pads={BORDER}
          format={pixel}
          cellClass={(r, c) => (windowRows.has(r) && windowCols.has(c) ? 'in-window' : undefined)}
          toggleHint={t('grids.binaryHint')}
          onToggle={(r, c) => {
            const ir = r - BORDER;
            const ic = c - BORDER;
            if (ir >= 0 && ic >= 0 && ir < H && ic < W) props.onTogglePixel(ir, ic);
          }}
          overlay={
            <KernelOverlay row={shown.row} col={shown.col} rows={5} cols={5} weights={codes} format={letter} faded={!!pinnedCheck} />
          }
        />
      </div>
      <div className="donut-row">
        <div className="donut-check">
          <MatrixGrid
            role="check"
            label={t('grids.checkLabel')}
            caption={t('grids.check', { row: shown.row, col: shown.col })}
            rows={5}
            cols={5}
            values={shown.cells.flat().map((c) => (c.ok ? 1 : 0))}
            scale="none"
            format={(v) => (v === 1 ? '✓' : '✗')}
            cellClass={(r, c) => (shown.cells[r][c].ok ? 'donut-ok' : 'donut-fail')}
          />
          <p className="donut-readout" data-testid="failed-count" data-value={failedHere}>
            {t('readout.failed', { n: failedHere, total: shown.conditions })} →{' '}
            <strong>{shown.isDonut ? t('readout.donut') : t('readout.notDonut')}</strong>
          </p>
        </div>
        <MatrixGrid
          role="output"
          label={t('grids.failedLabel', { rows: H, cols: W })}
          caption={t('grids.failed')}
          rows={H}
          cols={W}
          values={trace.failedMap.data}
          scale="none"
          pending={(r, c) => r * W + c > step}
          cellClass={(r, c) => {
            const classes: string[] = [];
            if (trace.failedMap.data[r * W + c] === 0 && r * W + c <= step) classes.push('donut-found');
            if (pinned && pinned.row === r && pinned.col === c) classes.push('is-pinned');
            else if (current.row === r && current.col === c) classes.push('is-current');
            return classes.join(' ') || undefined;
          }}
          onCellHover={props.onHover}
          onCellSelect={props.onSelect}
        />
        {(found.length > 0 || atEnd) && (
          <p className="donut-readout" data-testid="donuts" data-value={found.length}>
            {found.length > 0 ? t('readout.donutsFound', { list: donutList }) : t('readout.noDonuts')}
          </p>
        )}
      </div>
    </>
  );
}
