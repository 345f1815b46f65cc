import { memo, useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import '../ui/engine.css';
import './draw.css';
import './messages';
import { ActivationsView } from './ActivationsView';
import { AttackPanel } from './attack/AttackPanel';
import { CamPanel } from './CamPanel';
import { DrawCanvas } from './DrawCanvas';
import { DrawLink } from './DrawLink';
import { startModels, stopModels } from './modelController';
import { ModelInputPanel } from './ModelInputPanel';
import { ModelPicker } from './ModelPicker';
import { PredictionPanel } from './PredictionPanel';
import { PrepSteps } from './PrepSteps';
import { showSample } from './samples';
import { LiveAnswer } from './LiveAnswer';
import { SampleButtons } from './SampleButtons';
import { ShareLinks } from './ShareLinks';
import { useStore } from '../state/store';

const sampleKey = (d: number) => void showSample(d);

/** The parts that answer at once (drawing, bars, model picker): they skip the page's re-renders. */
const Canvas = memo(DrawCanvas);
const Answer = memo(function Answer() {
  return (
    <div className="draw-answer">
      <PredictionPanel />
      <ModelPicker />
    </div>
  );
});
const Samples = memo(SampleButtons);

/**
 * `#/draw`: draw a digit and watch the network answer on every stroke; see the MNIST preparation,
 * every layer's activations (with the exact arithmetic of any conv cell), the class activation map,
 * and send the drawing to other lessons. tfjs loads in the background: drawing works at once.
 */
export default function DrawPage() {
  const { t } = useTranslation('draw');
  // Everything below the bars follows the newest result when the browser has time (the bars and
  // the predicted digit are never held up by the 784-cell grid or the layer maps).
  const live = useStore((s) => s.draw.result);
  const result = useDeferredValue(live);
  const prep = result?.prep ?? null;
  useEffect(() => {
    void startModels();
    return stopModels;
  }, []);
  return (
    <div className="draw-page">
      <header className="draw-header">
        <h1>{t('title')}</h1>
        <p className="tagline">{t('intro')}</p>
      </header>
      <div className="draw-top">
        <section className="draw-panel draw-input" aria-labelledby="draw-h">
          <div className="draw-heading">
            <h2 id="draw-h">{t('canvas.title')}</h2>
            <LiveAnswer />
          </div>
          <DrawLink />
          <Canvas onSampleKey={sampleKey} />
        </section>
        <Answer />
        <Samples />
        <div className="draw-prep">
          <ModelInputPanel input={prep?.input ?? null} />
          <PrepSteps prep={prep} />
        </div>
      </div>
      <AttackPanel />
      <ActivationsView result={result} />
      <CamPanel />
      <ShareLinks input={prep?.input ?? null} />
    </div>
  );
}
