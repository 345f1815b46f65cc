import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { emitTiming } from './instrument';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

function percent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}

/**
 * The answer: the predicted digit with its probability, and ten probability bars. An empty
 * canvas asks for a drawing instead of guessing. Emits `cnn:prediction` once a result is on screen.
 */
export function PredictionPanel() {
  const { t } = useTranslation('draw');
  const result = useStore((s) => s.draw.result);
  const status = useStore((s) => s.draw.modelStatus);
  const label = useStore((s) => s.draw.network?.label);

  useLayoutEffect(() => {
    if (!result) return;
    emitTiming('cnn:prediction', {
      seq: result.seq,
      requestedAt: result.requestedAt,
      shownAt: performance.now(),
      modelMs: result.modelMs,
      strokeEnd: result.strokeEnd,
      digit: result.predicted,
    });
  }, [result]);

  const probs = result?.probs ?? null;
  const predicted = result?.predicted ?? null;
  const empty = !result || result.prep === null;

  return (
    <section className="draw-panel draw-prediction" aria-labelledby="draw-prediction-h">
      <h2 id="draw-prediction-h">{t('prediction.title')}</h2>
      {status === 'loading' && !result && <p className="loading">{t('prediction.loading')}</p>}
      <div
        className="prediction-answer"
        data-testid="prediction"
        data-digit={!empty && predicted !== null ? String(predicted) : undefined}
        data-prob={!empty && probs && predicted !== null ? String(probs[predicted]) : undefined}
        aria-live="polite"
        aria-atomic="true"
      >
        {empty || predicted === null || !probs ? (
          <p className="prediction-empty">{t('prediction.empty')}</p>
        ) : (
          <>
            <span className="prediction-digit" aria-hidden="true">{predicted}</span>
            <span className="prediction-text">{t('prediction.answer', { digit: predicted, p: percent(probs[predicted]) })}</span>
          </>
        )}
      </div>
      {label && <p className="prediction-model">{t('prediction.model', { name: label })}</p>}
      <ol className="prob-bars" aria-label={t('prediction.bars')}>
        {DIGITS.map((d) => {
          const p = !empty && probs ? probs[d] : 0;
          return (
            <li
              key={d}
              data-testid={`prob-${d}`}
              data-value={!empty && probs ? String(probs[d]) : '0'}
              className={!empty && d === predicted ? 'is-top' : undefined}
            >
              <span className="prob-digit">{d}</span>
              <span className="prob-track" aria-hidden="true">
                <span className="prob-fill" style={{ width: `${p * 100}%` }} />
              </span>
              <span className="prob-value">{empty ? '–' : percent(p)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
