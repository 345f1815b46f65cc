/*
 * L05: the digit 9 as the 35 inputs of an MLP, moved by whole pixels: the changed inputs are
 * marked on the grid and on the row of inputs; then (featureMap) the loop filter's feature map,
 * which moves along with the digit.
 */
import { useTranslation } from 'react-i18next';
import { CELL, MatrixGrid, formatNumber, Link } from '../../ui';
import { changedInputs, meanOfProducts, shiftRows } from './calc';
import { DIGIT9, LOOP_FILTER, SLIDE_CHANGED } from './fixtures';
import { ShiftPad } from './ShiftPad';

const UNIT: [number, number] = [-1, 1];

/** Row-major position of the largest value. */
function argmax(rows: number[][]): { row: number; col: number; value: number } {
  let best = { row: 0, col: 0, value: -Infinity };
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v > best.value) best = { row: i, col: j, value: v };
  }));
  return best;
}

export function ShiftView(props: { dx: number; dy: number; showMaps: boolean; onShift(dx: number, dy: number): void }) {
  const { t } = useTranslation('why-cnn');
  const { dx, dy } = props;
  const shifted = shiftRows(DIGIT9, dx, dy, -1);
  const changed = changedInputs(DIGIT9, shifted);
  const changedSet = new Set(changed);
  const H = DIGIT9.length;
  const W = DIGIT9[0].length;
  const total = H * W;
  const mark = (r: number, c: number) => (changedSet.has(r * W + c) ? 'wc-changed' : undefined);
  const markFlat = (_: number, c: number) => (changedSet.has(c) ? 'wc-changed' : undefined);
  const isLecture = dx === -1 && dy === 0;
  const maps = props.showMaps ? { before: meanOfProducts(DIGIT9, LOOP_FILTER), after: meanOfProducts(shifted, LOOP_FILTER) } : null;
  return (
    <div className="wc-shift">
      <div className="wc-row">
        <MatrixGrid
          role="digit"
          label={t('grids.digitLabel')}
          caption={t('grids.digit')}
          rows={H}
          cols={W}
          values={DIGIT9.flat()}
          scale="signed"
          domain={UNIT}
          legend={false}
        />
        <ShiftPad dx={dx} dy={dy} onShift={props.onShift} />
        <MatrixGrid
          role="shifted"
          label={t('grids.shiftedLabel', { dx, dy })}
          caption={t('grids.shifted')}
          rows={H}
          cols={W}
          values={shifted.flat()}
          scale="signed"
          domain={UNIT}
          cellClass={mark}
        />
      </div>
      <p className="wc-changed-readout">
        <output data-testid="changed-count" data-value={String(changed.length)} data-total={String(total)}>
          {t('shift.changed', { n: changed.length, total })}
        </output>
      </p>
      {isLecture && <p className="lesson-aside" data-testid="slide-twenty">{t('shift.slide', { slide: SLIDE_CHANGED, n: changed.length })}</p>}
      <div className="wc-vectors">
        <MatrixGrid
          role="vector"
          label={t('grids.vectorLabel', { total })}
          caption={t('grids.vector', { total })}
          rows={1}
          cols={total}
          values={DIGIT9.flat()}
          scale="signed"
          domain={UNIT}
          legend={false}
          cellSize={CELL.xs}
          showLabels={false}
          cellClass={markFlat}
        />
        <MatrixGrid
          role="vector-shifted"
          label={t('grids.vectorShiftedLabel', { total })}
          caption={t('grids.vectorShifted')}
          rows={1}
          cols={total}
          values={shifted.flat()}
          scale="signed"
          domain={UNIT}
          legend={false}
          cellSize={CELL.xs}
          showLabels={false}
          cellClass={markFlat}
        />
        <p className="wc-note">{t('shift.changedList', { list: changed.length ? changed.join(', ') : '—' })}</p>
      </div>
      {maps && <FeatureMaps before={maps.before} after={maps.after} />}
    </div>
  );
}

function FeatureMaps(props: { before: number[][]; after: number[][] }) {
  const { t } = useTranslation('why-cnn');
  const a = argmax(props.before);
  const b = argmax(props.after);
  const rows = props.before.length;
  const cols = props.before[0].length;
  const peak = (p: { row: number; col: number }) => (r: number, c: number) => (r === p.row && c === p.col ? 'is-max' : undefined);
  return (
    <section className="wc-maps" aria-labelledby="wc-maps-title">
      <h2 id="wc-maps-title">{t('maps.title')}</h2>
      <div className="wc-row">
        <MatrixGrid role="map" label={t('maps.beforeLabel')} caption={t('maps.before')} rows={rows} cols={cols} values={props.before.flat()} scale="signed" domain={UNIT} legend={false} cellSize={CELL.xl} cellClass={peak(a)} />
        <MatrixGrid role="map-shifted" label={t('maps.afterLabel')} caption={t('maps.after')} rows={rows} cols={cols} values={props.after.flat()} scale="signed" domain={UNIT} cellSize={CELL.xl} cellClass={peak(b)} />
      </div>
      <p data-testid="map-peaks">
        {t('maps.peaks', { v1: formatNumber(a.value), r1: a.row, c1: a.col, v2: formatNumber(b.value), r2: b.row, c2: b.col })}
      </p>
      <p>
        <Link to="/lesson/feature-match" testId="link-feature-match">{t('maps.link')}</Link>
      </p>
    </section>
  );
}
