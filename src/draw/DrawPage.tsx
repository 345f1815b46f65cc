import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import '../ui/engine.css';
import './draw.css';
import './messages';
import { ActivationsView } from './ActivationsView';
import { CamPanel } from './CamPanel';
import { DrawCanvas } from './DrawCanvas';
import { startModels, stopModels } from './modelController';
import { ModelInputPanel } from './ModelInputPanel';
import { ModelPicker } from './ModelPicker';
import { PredictionPanel } from './PredictionPanel';
import { PrepSteps } from './PrepSteps';
import { showSample } from './samples';
import { SampleButtons } from './SampleButtons';
import { ShareLinks } from './ShareLinks';

/**
 * `#/draw`: draw a digit and watch the network answer on every stroke; see the MNIST preparation,
 * every layer's activations (with the exact arithmetic of any conv cell), the class activation map,
 * and send the drawing to other lessons. tfjs loads in the background: drawing works at once.
 */
export default function DrawPage() {
  const { t } = useTranslation('draw');
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
          <h2 id="draw-h">{t('canvas.title')}</h2>
          <DrawCanvas onSampleKey={(d) => void showSample(d)} />
          <SampleButtons />
        </section>
        <div className="draw-answer">
          <PredictionPanel />
          <ModelPicker />
        </div>
        <div className="draw-prep">
          <ModelInputPanel />
          <PrepSteps />
        </div>
      </div>
      <ActivationsView />
      <CamPanel />
      <ShareLinks />
    </div>
  );
}
