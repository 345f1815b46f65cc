import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { TrainingCurves } from '../views/TrainingCurves';
import { Explain } from './Explain';

/** Test accuracy after the last epoch, the curves, and what they mean. */
export function ResultsPanel() {
  const { t } = useTranslation('train');
  const last = useStore((s) => s.train.epochs.at(-1));
  return (
    <section className="panel results-panel" aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      <div className="accuracy-readout">
        {last ? (
          <>
            <span className="big-number" data-testid="test-accuracy" data-value={last.testAccuracy}>
              {(last.testAccuracy * 100).toFixed(2)}%
            </span>
            <span className="small">{t('results.testAccuracyOf', { count: last.testCount.toLocaleString('en-US'), epoch: last.epoch })}</span>
          </>
        ) : (
          <>
            <span className="big-number muted" aria-hidden="true">–</span>
            <span className="small">{t('results.noEpochYet')}</span>
          </>
        )}
      </div>
      <TrainingCurves />
      <Explain id="loss" />
      <Explain id="dropout" />
    </section>
  );
}
