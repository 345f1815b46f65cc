import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttackShown } from '../../state/attackSlice';
import { MNIST_SIDE } from '../../model/mnistSizes';
import { PIXEL_CELL } from '../../ui/cellSizes';
import { MatrixGrid } from '../../ui/MatrixGrid';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const percent = (p: number) => `${(p * 100).toFixed(1)}%`;
const short = (v: number) => (v === 0 ? '0' : v.toFixed(2).replace(/^(-?)0\./, '$1.'));

/** The result: new answer and probabilities, the perturbation and the changed input, layer bars, words. */
export function AttackResultView({ r, stale }: { r: AttackShown; stale: boolean }) {
  const { t } = useTranslation('attack');
  const most = r.layerChanges.reduce((best, v, i) => (v > r.layerChanges[best] ? i : best), 0);
  const maxChange = Math.max(1e-9, ...r.layerChanges);
  const grids = useMemo(
    () => (
      <div className="attack-grids">
        <MatrixGrid
          role="attack-perturbation"
          label={t('result.perturbationLabel')}
          caption={t('result.perturbation')}
          rows={MNIST_SIDE}
          cols={MNIST_SIDE}
          values={r.perturbation}
          scale="signed"
          domain={[-r.maxEpsilon, r.maxEpsilon]}
          format={short}
          cellSize={PIXEL_CELL.sm}
          showLabels={false}
        />
        <MatrixGrid
          role="attack-input"
          label={t('result.adversarialLabel')}
          caption={t('result.adversarial')}
          rows={MNIST_SIDE}
          cols={MNIST_SIDE}
          values={r.adversarial}
          scale="ink"
          domain={[0, 1]}
          format={short}
          cellSize={PIXEL_CELL.sm}
          showLabels={false}
        />
      </div>
    ),
    [r, t],
  );
  const values = {
    digit: r.predicted,
    original: r.original,
    p: percent(r.probs[r.predicted]),
    eps: r.epsilon.toFixed(3),
    linf: r.linf.toFixed(3),
    grads: r.gradients,
    ms: Math.round(r.ms),
    first: r.layerChanges[0]?.toFixed(2) ?? '0',
    most: r.layerNames[most] ?? '',
    mostChange: r.layerChanges[most]?.toFixed(2) ?? '0',
  };
  return (
    <div className="attack-result">
      {stale && <p className="panel-note attack-stale">{t('stale')}</p>}
      <div className="attack-answer">
        <div className="prediction-answer" data-testid="attack-prediction" data-digit={String(r.predicted)} data-success={String(r.success)} aria-live="polite">
          <span className="prediction-digit" aria-hidden="true">{r.predicted}</span>
          <span className="prediction-text">{r.success ? t('result.fooled', values) : t('result.notFooled', values)}</span>
        </div>
        <p data-testid="attack-linf" data-value={String(r.linf)} data-epsilon={String(r.epsilon)}>{t('result.linf', values)}</p>
        <ol className="prob-bars" aria-label={t('result.probs')}>
          {DIGITS.map((d) => (
            <li key={d} data-testid={`attack-prob-${d}`} data-value={String(r.probs[d])} className={d === r.predicted ? 'is-top' : undefined}>
              <span className="prob-digit">{d}</span>
              <span className="prob-track" aria-hidden="true">
                <span className="prob-fill" style={{ width: `${r.probs[d] * 100}%` }} />
              </span>
              <span className="prob-value">{percent(r.probs[d])}</span>
            </li>
          ))}
        </ol>
      </div>
      {grids}
      <div className="attack-layers">
        <h4>{t('result.layers')}</h4>
        <ol className="prob-bars attack-layer-bars">
          {r.layerChanges.map((v, i) => (
            <li key={r.layerNames[i] ?? i} data-testid={`attack-layer-${i}`} data-value={String(v)} className={i === most ? 'is-top' : undefined}>
              <span className="attack-layer-name">{r.layerNames[i]}</span>
              <span className="prob-track" aria-hidden="true">
                <span className="prob-fill" style={{ width: `${(v / maxChange) * 100}%` }} />
              </span>
              <span className="prob-value">{v.toFixed(2)}</span>
            </li>
          ))}
        </ol>
      </div>
      <p className="attack-words" data-testid="attack-words">{r.success ? t('words.fooled', values) : t('words.notFooled', values)}</p>
    </div>
  );
}
