import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { camOf, upsampleBilinear } from '../draw/cam';
import { paintImage, scaleFor } from '../draw/paint';
import { MNIST_SIDE } from '../model/mnistSizes';
import type { SideResult } from '../state/compareSlice';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The input with the CAM of the predicted class over it (GAP models). */
function CamPicture({ input, result, label }: { input: Float32Array; result: SideResult; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cam = result.cam;
  const up = useMemo(() => {
    if (!cam) return null;
    const M = camOf({ features: cam.features, K: cam.K, H: cam.H, W: cam.W, weights: cam.weights, N: cam.N }, cam.predicted);
    return { values: upsampleBilinear(M, cam.H, cam.W, MNIST_SIDE, MNIST_SIDE), max: scaleFor(M).max };
  }, [cam]);
  useEffect(() => {
    if (ref.current && up) paintImage(ref.current, input, MNIST_SIDE, MNIST_SIDE, { values: up.values, scale: { kind: 'signed', max: up.max }, alpha: 0.85 });
  }, [input, up]);
  if (!up) return null;
  return (
    <figure className="compare-cam">
      <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="pixelated" role="img" aria-label={label} data-testid="compare-cam" />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

/**
 * One model's answer for an input: the digit (`compare-<side>-prediction`, `data-digit`), ten
 * probability bars and, for a GAP model, where it looked.
 */
export function SideAnswer({ side, label, input, result }: { side: 'a' | 'b'; label: string; input: Float32Array; result: SideResult | null }) {
  const { t } = useTranslation('compare');
  if (!result) return <div className="compare-answer" />;
  const p = result.probs[result.predicted];
  return (
    <div className={`compare-answer compare-answer-${side}`}>
      <p className="compare-says" data-testid={`compare-${side}-prediction`} data-digit={result.predicted} data-prob={p}>
        {t('drawing.says', { side: label, digit: result.predicted, p: `${(p * 100).toFixed(1)}%` })}
      </p>
      <ol className="prob-bars compare-bars" aria-label={t('drawing.bars', { side: label })}>
        {DIGITS.map((d) => (
          <li key={d} className={d === result.predicted ? 'is-top' : undefined}>
            <span className="prob-digit">{d}</span>
            <span className="prob-track"><span className="prob-fill" style={{ width: `${(result.probs[d] * 100).toFixed(1)}%` }} /></span>
            <span className="prob-value">{(result.probs[d] * 100).toFixed(1)}%</span>
          </li>
        ))}
      </ol>
      {result.cam && <CamPicture input={input} result={result} label={t('cam.title', { side: label, digit: result.predicted })} />}
    </div>
  );
}
