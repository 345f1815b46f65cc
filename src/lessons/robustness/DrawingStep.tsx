import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, MatrixGrid, PIXEL_CELL, type DigitModelState } from '../../ui';
import { MAX_SHIFT, SIDE, SWEEP, argmax, holdsUpTo, moved, shiftSweep } from './shift';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const short = (v: number) => (v >= 0.995 ? '1' : v < 0.005 ? '0' : v.toFixed(2).replace(/^0/, ''));

export interface DrawingStepProps {
  digit: DigitModelState;
  /** The input moved around (the learner's drawing or the lecture's 9). */
  input: Float32Array;
  dx: number;
  dy: number;
  onMove(dx: number, dy: number): void;
}

/** Step 3: the learner's drawing moved across the field, the prediction following it, and the map of every shift. */
export function DrawingStep({ digit, input, dx, dy, onMove }: DrawingStepProps) {
  const { t } = useTranslation('robustness');
  const shifted = useMemo(() => moved(input, dx, dy), [input, dx, dy]);
  const model = digit.model;
  const probs = useMemo(() => (model ? model.predict(shifted) : null), [model, shifted]);
  const sweep = useMemo(() => {
    if (!model) return null;
    const centre = argmax(model.predict(input));
    const cells = shiftSweep((x) => model.predict(x), input, centre);
    return { centre, cells, reach: holdsUpTo(cells, centre) };
  }, [model, input]);
  const predicted = probs ? argmax(probs) : null;
  const span = 2 * SWEEP + 1;
  const slider = (key: 'dx' | 'dy', value: number) => (
    <label className="control rb-slider">
      <span>{t(`controls.${key}`)}: <strong>{value}</strong></span>
      <input type="range" min={-MAX_SHIFT} max={MAX_SHIFT} step={1} value={value} data-testid={`shift-${key}`} data-value={value}
        onChange={(e) => (key === 'dx' ? onMove(Number(e.target.value), dy) : onMove(dx, Number(e.target.value)))} />
    </label>
  );
  return (
    <div className="rb-drawing">
      <div className="rb-row">
        {slider('dx', dx)}
        {slider('dy', dy)}
        <button type="button" onClick={() => onMove(0, 0)} disabled={dx === 0 && dy === 0} data-testid="shift-centre">{t('controls.centre')}</button>
      </div>
      <div className="rb-row">
        <MatrixGrid role="moved-input" label={t('grids.movedLabel')} caption={t('grids.moved')} rows={SIDE} cols={SIDE} values={shifted} scale="ink" domain={[0, 1]} legend={false} showLabels={false} cellSize={PIXEL_CELL.sm} />
        <div className="rb-answer">
          {digit.status === 'loading' && <p className="loading">{t('status.loading')}</p>}
          {digit.status === 'error' && <p role="alert">{t('status.error', { detail: digit.error ?? '' })}</p>}
          {digit.status === 'unavailable' && <p role="alert">{t('status.unavailable')}</p>}
          {probs && predicted !== null && (
            <p className="rb-prediction" data-testid="shift-prediction" data-digit={predicted} data-prob={String(probs[predicted])} aria-live="polite">
              <span className="rb-digit" aria-hidden="true">{predicted}</span>
              {t('status.answer', { dx, dy, digit: predicted, p: pct(probs[predicted]) })}
            </p>
          )}
          {!digit.drawing && <p className="rb-small">{t('text.drawing.noDrawing')} <Link to="/draw">{t('text.drawing.draw')}</Link></p>}
        </div>
      </div>
      {sweep && (
        <div className="rb-row">
          <MatrixGrid
            role="shift-map"
            label={t('grids.mapLabel')}
            caption={t('grids.map', { digit: sweep.centre })}
            rows={span}
            cols={span}
            values={sweep.cells.map((c) => c.p)}
            scale="grey"
            domain={[0, 1]}
            format={short}
            cellClass={(r, c) => [r - SWEEP === dy && c - SWEEP === dx ? 'is-current' : '', sweep.cells[r * span + c].predicted !== sweep.centre ? 'rb-flipped' : ''].join(' ').trim() || undefined}
            onCellSelect={(cell) => onMove(cell.col - SWEEP, cell.row - SWEEP)}
          />
          <p className="rb-readout" data-testid="holds-up" data-right={sweep.reach.right} data-left={sweep.reach.left} data-down={sweep.reach.down} data-up={sweep.reach.up}>
            {t('text.drawing.p2', { sweep: SWEEP, digit: sweep.centre, ...sweep.reach })}
          </p>
        </div>
      )}
    </div>
  );
}
