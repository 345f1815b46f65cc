/**
 * The answer in one line beside the drawing's heading, for phones: there the full prediction panel
 * sits below the canvas, off-screen while the learner draws. Hidden on wider screens (CSS) and from
 * screen readers (the prediction panel announces the answer).
 */
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';

export function LiveAnswer() {
  const { t } = useTranslation('draw');
  const result = useStore((s) => s.draw.result);
  if (!result || result.prep === null || result.probs === null || result.predicted === null) return null;
  const p = `${(result.probs[result.predicted] * 100).toFixed(1)}%`;
  return (
    <p className="draw-live-answer" data-testid="live-answer" aria-hidden="true">
      <span className="draw-live-digit">{result.predicted}</span> {t('prediction.answer', { digit: result.predicted, p })}
    </p>
  );
}
