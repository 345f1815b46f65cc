import type { TFunction } from 'i18next';
import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { ColorLegend } from '../ui/ColorLegend';
import { CellArithmeticPanel } from './CellArithmeticPanel';
import { emitTiming } from './instrument';
import { LayerMaps } from './LayerMaps';
import { scaleFor } from './paint';
import type { DrawResult, LayerInfo } from './types';
import { VectorStrip } from './VectorStrip';
import { windowOf } from './window';

/** "28×28×6" or "120". */
export function shapeText(shape: number[]): string {
  return shape.join('×');
}

function layerDetail(layer: LayerInfo, t: TFunction<'draw'>): string {
  switch (layer.kind) {
    case 'conv': {
      const c = layer.conv;
      return c
        ? t('layers.convDetail', { K: c.K, kh: c.kh, kw: c.kw, C: c.C, padding: c.padding, act: layer.activation })
        : t('layers.kind.conv');
    }
    case 'pool':
      return t('layers.poolDetail');
    case 'flatten':
      return t('layers.flattenDetail');
    case 'gap':
      return t('layers.gapDetail');
    case 'dense':
      return t('layers.denseDetail', { act: layer.activation });
    default:
      return layer.className;
  }
}

/**
 * "Inside the network": every layer's output for the current drawing, with labels (name, kind,
 * shape) and a colour legend; conv cells can be picked to see their arithmetic. Emits
 * `cnn:activations` once the maps of a result are drawn.
 */
export const ActivationsView = memo(function ActivationsView({ result }: { result: DrawResult | null }) {
  const { t } = useTranslation('draw');
  const network = useStore((s) => s.draw.network);
  const selected = useStore((s) => s.draw.selected);
  const select = useStore((s) => s.drawSelect);
  const acts = result && result.networkKey === network?.key ? result.activations : null;
  const scales = useMemo(() => (acts ? acts.map((a) => scaleFor(a)) : null), [acts]);

  useEffect(() => {
    if (!result || !acts) return;
    emitTiming('cnn:activations', { seq: result.seq, requestedAt: result.requestedAt, shownAt: performance.now(), strokeEnd: result.strokeEnd });
  }, [result, acts]);

  if (!network) return null;
  const sel = selected && network.layers[selected.layer]?.conv ? selected : null;

  return (
    <section className="draw-section activations" aria-labelledby="layers-h">
      <h2 id="layers-h">{t('layers.title')}</h2>
      <p className="panel-note">{t('layers.intro', { name: network.label })}</p>
      {!acts && <p className="prediction-empty">{t('layers.empty')}</p>}
      {acts && scales && (
        <ol className="layer-list">
          {network.layers.map((layer) => {
            const data = acts[layer.index];
            const scale = scales[layer.index];
            const is3d = layer.shape.length === 3;
            return (
              <li key={layer.name} className={`layer layer-${layer.kind}`}>
                <div className="layer-head">
                  <h3>
                    <span className="layer-name">{layer.name}</span> <span className="layer-class">{layer.className}</span>
                  </h3>
                  <p className="layer-detail">
                    {layerDetail(layer, t)} · <span className="layer-shape">{shapeText(layer.shape)}</span>
                    {layer.params > 0 && <> · {t('layers.params', { n: layer.params.toLocaleString() })}</>}
                  </p>
                  <ColorLegend kind={scale.kind} domain={scale.kind === 'signed' ? [-scale.max, scale.max] : [0, scale.max]} />
                </div>
                {is3d ? (
                  <LayerMaps
                    layer={layer}
                    data={data}
                    scale={scale}
                    selected={sel}
                    window={windowOf(network.layers, sel, layer.index)}
                    onSelect={layer.conv ? select : undefined}
                  />
                ) : (
                  <VectorStrip name={layer.name} data={data} scale={scale} labels={layer.shape[0] === 10} />
                )}
                {sel && sel.layer === layer.index && <CellArithmeticPanel result={result} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
