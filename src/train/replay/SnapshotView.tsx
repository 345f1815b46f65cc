import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upsampleBilinear } from '../../draw/cam';
import { paintImage } from '../../draw/paint';
import { MNIST_SIDE } from '../../model/mnistSizes';
import { dequantize, type PinnedDigit, type Snapshot } from '../../model/replay';
import type { LayerActivation } from '../../model/protocol';
import { formatShape } from '../views/SummaryTable';
import { LayerMaps } from '../views/ActivationMaps';
import { FilterGrid } from '../views/FilterGrid';

function pct(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

/** The pinned digit, with the CAM of the predicted class over it when the model has one. */
function PinnedPicture({ pinned, snap }: { pinned: PinnedDigit; snap: Snapshot }) {
  const { t } = useTranslation('replay');
  const ref = useRef<HTMLCanvasElement>(null);
  const cam = snap.cam;
  useEffect(() => {
    if (!ref.current) return;
    if (!cam) {
      paintImage(ref.current, pinned.pixels, MNIST_SIDE, MNIST_SIDE);
      return;
    }
    let max = 0;
    for (const v of cam.data) max = Math.max(max, Math.abs(v));
    paintImage(ref.current, pinned.pixels, MNIST_SIDE, MNIST_SIDE, { values: upsampleBilinear(cam.data, cam.H, cam.W, MNIST_SIDE, MNIST_SIDE), scale: { kind: 'signed', max }, alpha: 0.85 });
  }, [pinned, cam]);
  const what = pinned.source === 'test' ? t('pinned.test', { index: pinned.testIndex ?? 0, label: pinned.label ?? '?' }) : t('pinned.drawing');
  return (
    <figure className="replay-pinned-pic">
      <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} className="pixelated" role="img" aria-label={cam ? `${what}. ${t('pinned.cam', { digit: cam.c })}` : what} data-testid="replay-pinned" />
      <figcaption>
        {what}
        {cam && <><br />{t('pinned.cam', { digit: cam.c })}</>}
      </figcaption>
    </figure>
  );
}

/**
 * One snapshot: when it was taken, the metrics then, the first layer's filters, and the pinned
 * digit's prediction and every layer's output at that moment.
 */
export function SnapshotView({ snap, pinned }: { snap: Snapshot; pinned: PinnedDigit }) {
  const { t } = useTranslation('replay');
  const layers: LayerActivation[] = useMemo(
    () => snap.layers.map((l) => ({ name: l.name, type: l.type, shape: l.shape, data: dequantize(l) })),
    [snap],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const layer = layers.find((l) => l.name === chosen) ?? layers[0];
  const epoch = Number.isInteger(snap.epoch) ? String(snap.epoch) : snap.epoch.toFixed(2);
  const at = snap.reason === 'start' ? t('at.start') : t(`at.${snap.reason}`, { epoch, step: snap.step.toLocaleString(), seen: snap.seen.toLocaleString() });
  const p = snap.probs[snap.predicted];
  return (
    <div className="replay-snapshot" data-testid="replay-snapshot" data-reason={snap.reason} data-step={snap.step}>
      <p className="replay-at">{at}</p>
      <dl className="replay-metrics">
        <div><dt>{t('metrics.loss')}</dt><dd>{Number.isFinite(snap.loss) ? snap.loss.toFixed(4) : t('metrics.none')}</dd></div>
        <div><dt>{t('metrics.accuracy')}</dt><dd>{Number.isFinite(snap.accuracy) ? pct(snap.accuracy) : t('metrics.none')}</dd></div>
        <div><dt>{t('metrics.test')}</dt><dd data-testid="replay-test-accuracy">{snap.testAccuracy !== undefined ? pct(snap.testAccuracy) : t('metrics.none')}</dd></div>
      </dl>
      <div className="replay-grid">
        <div>
          <h3>{t('filters')}</h3>
          <FilterGrid layer={snap.filters.layer} shape={snap.filters.shape} data={snap.filters.data} />
        </div>
        <div>
          <h3>{t('pinned.title')}</h3>
          <PinnedPicture pinned={pinned} snap={snap} />
          <p className="replay-says" data-testid="replay-prediction" data-digit={snap.predicted} data-prob={p}>
            {t('pinned.says', { digit: snap.predicted, p: pct(p) })}
          </p>
          <ol className="prob-bars">
            {Array.from(snap.probs, (v, d) => (
              <li key={d} data-digit={d} data-value={v}>
                <span className="prob-digit">{d}</span>
                <span className="prob-bar" style={{ width: `${Math.max(0.5, v * 100)}%` }} />
                <span className="prob-num">{pct(v)}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <h3>{t('layers')}</h3>
      <div className="layer-picker" role="group" aria-label={t('layers')}>
        {layers.map((l) => (
          <button key={l.name} type="button" aria-pressed={l === layer} onClick={() => setChosen(l.name)}>
            {l.name} <span className="small">{formatShape([null, ...l.shape])}</span>
          </button>
        ))}
      </div>
      {layer && <LayerMaps layer={layer} />}
    </div>
  );
}
