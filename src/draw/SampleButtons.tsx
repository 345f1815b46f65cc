import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { showSample } from './samples';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Ten buttons that put a real MNIST test digit on the canvas (each press: the next example). */
export function SampleButtons() {
  const { t } = useTranslation('draw');
  const status = useStore((s) => s.draw.samplesStatus);
  const problem = useStore((s) => s.draw.samplesProblem);
  const sample = useStore((s) => s.draw.drawing.sample);
  return (
    <div className="samples" role="group" aria-labelledby="samples-h">
      <p id="samples-h" className="samples-title">{t('samples.title')}</p>
      <div className="samples-buttons">
        {DIGITS.map((d) => (
          <button key={d} type="button" onClick={() => void showSample(d)} data-testid={`sample-${d}`} aria-label={t('samples.button', { d })}>
            {d}
          </button>
        ))}
      </div>
      {status === 'loading' && <p className="loading">{t('samples.loading')}</p>}
      {sample && status !== 'loading' && <p className="panel-note" data-testid="sample-label" data-index={sample.index} data-label={sample.label}>{t('samples.showing', { label: sample.label, index: sample.index })}</p>}
      {status === 'error' && problem && <p role="alert" className="field-error">{t(problem.code, { detail: problem.detail })}</p>}
    </div>
  );
}
