import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { formatNumber } from '../ui/format';
import { paintImage } from './paint';
import { FIT_SIZE, MODEL_SIZE, type Preprocessed } from './preprocess';
import { CANVAS_SIZE } from './strokes';

const STEPS = ['bbox', 'fit', 'centre', 'grid'] as const;

function n2(v: number): string {
  return formatNumber(v, 2);
}

/** The picture of a step: the fitted ink in its 20×20 box, or the 28×28 image with the centres marked. */
function StepPicture(props: { prep: Preprocessed; step: number }) {
  const { t } = useTranslation('draw');
  const ref = useRef<HTMLCanvasElement>(null);
  const { prep, step } = props;
  const side = step === 1 ? FIT_SIZE : MODEL_SIZE;
  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    if (step === 1) {
      const { image } = prep.fitted;
      const pad = new Float32Array(FIT_SIZE * FIT_SIZE);
      for (let r = 0; r < image.height; r++) for (let q = 0; q < image.width; q++) pad[r * FIT_SIZE + q] = image.data[r * image.width + q];
      paintImage(c, pad, FIT_SIZE, FIT_SIZE);
    } else {
      paintImage(c, prep.placed.image.data, MODEL_SIZE, MODEL_SIZE);
    }
  }, [prep, step]);
  const { fitted, placed } = prep;
  const label = step === 1 ? t('prep.fitPicture') : t('prep.centrePicture');
  return (
    <div className="prep-picture" role="img" aria-label={label}>
      <canvas ref={ref} width={side} height={side} className="pixelated" />
      <svg viewBox={`0 0 ${side} ${side}`} className="prep-overlay" aria-hidden="true">
        {step === 1 && (
          <rect x={0} y={0} width={fitted.image.width} height={fitted.image.height} className="prep-box" />
        )}
        {step >= 2 && (
          <>
            <rect x={placed.offset.x} y={placed.offset.y} width={fitted.image.width} height={fitted.image.height} className="prep-box" />
            <line x1={MODEL_SIZE / 2} y1={0} x2={MODEL_SIZE / 2} y2={MODEL_SIZE} className="prep-centre" />
            <line x1={0} y1={MODEL_SIZE / 2} x2={MODEL_SIZE} y2={MODEL_SIZE / 2} className="prep-centre" />
            <circle cx={placed.centre.x} cy={placed.centre.y} r={0.9} className="prep-com" />
          </>
        )}
      </svg>
    </div>
  );
}

/**
 * The MNIST preparation, one step at a time, with the real numbers of the current drawing:
 * bounding box → fit in 20×20 (aspect kept) → centre of mass to (14, 14) → the 28×28 input.
 */
export const PrepSteps = memo(function PrepSteps({ prep }: { prep: Preprocessed | null }) {
  const { t } = useTranslation('draw');
  const step = useStore((s) => s.draw.prepStep);
  const setStep = useStore((s) => s.drawSetPrepStep);
  const key = STEPS[step];

  let text = t('prep.empty');
  if (prep) {
    const { bbox, fitted, placed } = prep;
    const bw = bbox.x1 - bbox.x0;
    const bh = bbox.y1 - bbox.y0;
    const values = {
      x0: bbox.x0, y0: bbox.y0, x1: bbox.x1 - 1, y1: bbox.y1 - 1, w: bw, h: bh, size: CANVAS_SIZE,
      long: Math.max(bw, bh), scale: n2(fitted.scale), fw: fitted.image.width, fh: fitted.image.height,
      cx: n2(placed.fittedCentre.x), cy: n2(placed.fittedCentre.y), dx: placed.offset.x, dy: placed.offset.y,
      ex: n2(placed.centre.x), ey: n2(placed.centre.y),
    };
    text = t(`prep.${key}`, values);
  }

  return (
    <section className="draw-panel prep-steps" aria-labelledby="prep-h">
      <h3 id="prep-h">{t('prep.title')}</h3>
      <ol className="prep-tabs">
        {STEPS.map((s, i) => (
          <li key={s}>
            <button
              type="button"
              aria-current={i === step ? 'step' : undefined}
              className={i === step ? 'is-current' : undefined}
              onClick={() => setStep(i)}
              data-testid={`prep-step-${i}`}
            >
              {i + 1}. {t(`prep.name.${s}`)}
            </button>
          </li>
        ))}
      </ol>
      <div className="prep-body" aria-live="polite">
        {prep && (step === 1 || step === 2) && <StepPicture prep={prep} step={step} />}
        <p className="prep-text">{text}</p>
      </div>
      <div className="prep-nav">
        <button type="button" onClick={() => setStep(step - 1)} disabled={step === 0}>{t('prep.prev')}</button>
        <span className="prep-index">{step + 1} / {STEPS.length}</span>
        <button type="button" onClick={() => setStep(step + 1)} disabled={step === STEPS.length - 1}>{t('prep.next')}</button>
      </div>
    </section>
  );
});
