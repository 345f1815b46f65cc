import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerActivation } from '../../model/protocol';
import { formatShape } from './SummaryTable';
import { DigitCanvas } from './DigitCanvas';
import { DivergingLegend, GreyLegend } from './DivergingLegend';
import { FeatureMap } from './FeatureMap';
import type { MapScale } from './paintMap';

export interface ActivationMapsProps {
  testIndex: number;
  label: number;
  probs: Float32Array;
  layers: LayerActivation[];
  /** Test images (count×784 bytes) to draw the input digit; null before they arrive. */
  images: Uint8Array | null;
}

const MAX_MAPS = 64;

function rangeOf(data: Float32Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of data) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min: Number.isFinite(min) ? min : 0, max: Number.isFinite(max) ? max : 0 };
}

/**
 * What each layer makes of one test digit: a picker of layers, the maps of the chosen one
 * (one small canvas per channel, greys for non-negative values, RdBu when some are negative),
 * and the predicted probabilities.
 */
export function ActivationMaps({ testIndex, label, probs, layers, images }: ActivationMapsProps) {
  const { t } = useTranslation('train');
  const [chosenName, setChosenName] = useState<string | null>(null);
  const shown = layers.filter((l) => l.shape.length === 3 || l.shape.length === 1);
  const layer = shown.find((l) => l.name === chosenName) ?? shown[0];
  let predicted = 0;
  for (let d = 1; d < probs.length; d++) if (probs[d] > probs[predicted]) predicted = d;

  return (
    <div className="activations" data-testid="activations" data-test-index={testIndex}>
      <div className="act-input">
        {images && <DigitCanvas images={images} index={testIndex} size={84} label={t('gallery.digitAria', { index: testIndex, label })} />}
        <p>
          {t('activations.input', { index: testIndex, label })}
          <br />
          <strong className={predicted === label ? 'ok' : 'bad'}>{t('activations.predicted', { digit: predicted, prob: (probs[predicted] * 100).toFixed(1) })}</strong>
        </p>
        <ol className="prob-bars" aria-label={t('activations.probsAria')}>
          {Array.from(probs, (p, d) => (
            <li key={d} data-digit={d} data-value={p}>
              <span className="prob-digit">{d}</span>
              <span className="prob-bar" style={{ width: `${Math.max(0.5, p * 100)}%` }} />
              <span className="prob-num">{(p * 100).toFixed(1)}%</span>
            </li>
          ))}
        </ol>
      </div>
      <div className="act-layers">
        <div className="layer-picker" role="group" aria-label={t('activations.pickLayer')}>
          {shown.map((l) => (
            <button key={l.name} type="button" aria-pressed={l === layer} onClick={() => setChosenName(l.name)}>
              {l.name} <span className="small">{formatShape([null, ...l.shape])}</span>
            </button>
          ))}
        </div>
        {layer && <LayerMaps layer={layer} />}
      </div>
    </div>
  );
}

/** One layer's maps (or its vector as a strip), on its own colour scale. */
export function LayerMaps({ layer }: { layer: LayerActivation }) {
  const { t } = useTranslation('train');
  const { min, max } = rangeOf(layer.data);
  const signed = min < 0;
  const maxAbs = Math.max(Math.abs(min), Math.abs(max));
  const scale: MapScale = signed ? { kind: 'diverging', maxAbs } : { kind: 'grey', max, invert: true };
  if (layer.shape.length === 3) {
    const [h, w, c] = layer.shape;
    const count = Math.min(c, MAX_MAPS);
    const size = h >= 20 ? 64 : h >= 10 ? 56 : 44;
    return (
      <div className="layer-maps" data-layer={layer.name}>
        <p className="small">{t('activations.mapsOf', { name: layer.name, type: layer.type, count: c, h, w })}{c > count ? ` ${t('activations.firstN', { n: count })}` : ''}</p>
        {signed ? <DivergingLegend maxAbs={maxAbs} digits={2} /> : <GreyLegend max={max} />}
        <div className="map-list">
          {Array.from({ length: count }, (_, k) => (
            <figure key={k} className="map-item">
              <FeatureMap data={layer.data} h={h} w={w} channels={c} channel={k} scale={scale} size={size} label={t('activations.mapN', { n: k + 1 })} />
              <figcaption>{k + 1}</figcaption>
            </figure>
          ))}
        </div>
      </div>
    );
  }
  const n = layer.shape[0];
  // Short vectors in rows of 32; long ones (a flatten of 9,216) as a square.
  const cols = Math.min(n, Math.max(32, Math.ceil(Math.sqrt(n))));
  const rows = Math.ceil(n / cols);
  const padded = new Float32Array(rows * cols);
  padded.set(layer.data.subarray(0, n));
  return (
    <div className="layer-maps" data-layer={layer.name}>
      <p className="small">{t('activations.vectorOf', { name: layer.name, type: layer.type, n })}</p>
      {signed ? <DivergingLegend maxAbs={maxAbs} digits={2} /> : <GreyLegend max={max} />}
      <FeatureMap data={padded} h={rows} w={cols} channels={1} channel={0} scale={scale} size={Math.min(480, cols * 14)} label={t('activations.vectorAria', { name: layer.name, n })} />
    </div>
  );
}
