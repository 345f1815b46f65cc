import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { CELL, PIXEL_CELL } from '../ui/cellSizes';
import { MatrixGrid } from '../ui/MatrixGrid';
import { windowOf } from './window';
import { MODEL_SIZE } from './preprocess';

const ZEROS = new Float32Array(MODEL_SIZE * MODEL_SIZE);

/** A short label for a 0…1 value: blank for paper, `1` for full ink, `.7` in between. */
function shortValue(v: number): string {
  if (v <= 0) return '0';
  if (v >= 0.95) return '1';
  return `.${Math.max(1, Math.round(v * 10))}`;
}

/** `.73` for the enlarged grid. */
function twoDecimals(v: number): string {
  if (v <= 0) return '0';
  if (v >= 1) return '1';
  return v.toFixed(2).replace(/^0/, '');
}

/**
 * The 28×28 grid of numbers the model sees (test hook `model-input`). The page passes a deferred
 * value: the probability bars update first, this 784-cell grid when the browser has time.
 */
export const ModelInputPanel = memo(function ModelInputPanel({ input }: { input: Float32Array | null }) {
  const { t } = useTranslation('draw');
  const [big, setBig] = useState(false);
  // A render of its own after the layer maps are drawn: 784 cells are the slowest part of the page.
  const [later, setLater] = useState(input);
  useEffect(() => startTransition(() => setLater(input)), [input]);
  const shown = later ?? ZEROS;
  // the window of a selected first-layer cell, outlined on the input
  const network = useStore((s) => s.draw.network);
  const selected = useStore((s) => s.draw.selected);
  const win = network ? windowOf(network.layers, selected, -1) : null;
  const wr = win?.row, wc = win?.col, wh = win?.rows, ww = win?.cols;
  // The 784 cells re-render only when what they show changes (not when a newer input is on its way).
  const grid = useMemo(() => {
    const inWindow = (r: number, c: number) =>
      wr !== undefined && wc !== undefined && wh !== undefined && ww !== undefined && r >= wr && r < wr + wh && c >= wc && c < wc + ww;
    return (
      <MatrixGrid
        role="model-input"
        label={t('input.label')}
        rows={MODEL_SIZE}
        cols={MODEL_SIZE}
        values={shown}
        scale="ink"
        domain={[0, 1]}
        format={big ? twoDecimals : shortValue}
        cellSize={big ? CELL.sm : PIXEL_CELL.lg}
        showLabels={big}
        cellClass={(r, c) => [shown[r * MODEL_SIZE + c] === 0 ? 'is-zero' : '', inWindow(r, c) ? 'in-window' : ''].join(' ').trim() || undefined}
        className="model-input-grid"
      />
    );
  }, [shown, big, wr, wc, wh, ww, t]);
  return (
    <section className="draw-panel model-input" aria-labelledby="model-input-h" data-testid="model-input">
      <h3 id="model-input-h">{t('input.title')}</h3>
      <p className="panel-note">{t('input.note')}</p>
      <button type="button" aria-pressed={big} onClick={() => setBig(!big)} data-testid="model-input-numbers">
        {t('input.numbers')}
      </button>
      <div className={big ? 'model-input-scroll' : undefined}>
        {grid}
      </div>
    </section>
  );
});
