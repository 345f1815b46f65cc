import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { MatrixGrid } from '../ui/MatrixGrid';
import { MODEL_SIZE } from './preprocess';

const ZEROS = new Float32Array(MODEL_SIZE * MODEL_SIZE);

/** A short label for a 0…1 value: blank for paper, `1` for full ink, `.7` in between. */
function shortValue(v: number): string {
  if (v <= 0) return '0';
  if (v >= 0.95) return '1';
  return `.${Math.max(1, Math.round(v * 10))}`;
}

/** The 28×28 grid of numbers the model sees (test hook `model-input`). */
export function ModelInputPanel() {
  const { t } = useTranslation('draw');
  const live = useStore((s) => s.draw.result?.prep?.input ?? null);
  // The bars update first; this 784-cell grid follows when the browser has time.
  const input = useDeferredValue(live);
  const shown = input ?? ZEROS;
  return (
    <section className="draw-panel model-input" aria-labelledby="model-input-h" data-testid="model-input">
      <h3 id="model-input-h">{t('input.title')}</h3>
      <p className="panel-note">{t('input.note')}</p>
      <MatrixGrid
        role="model-input"
        label={t('input.label')}
        rows={MODEL_SIZE}
        cols={MODEL_SIZE}
        values={shown}
        scale="ink"
        domain={[0, 1]}
        format={shortValue}
        cellSize={1.02}
        cellClass={(r, c) => (shown[r * MODEL_SIZE + c] === 0 ? 'is-zero' : undefined)}
        className="model-input-grid"
      />
    </section>
  );
}
