import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { shapeText } from '../draw/ActivationsView';
import { CellArithmeticView } from '../draw/CellArithmeticPanel';
import { LayerMaps } from '../draw/LayerMaps';
import { scaleFor } from '../draw/paint';
import type { NetworkInfo, SelectedCell } from '../draw/types';
import { VectorStrip } from '../draw/VectorStrip';
import { windowOf } from '../draw/window';
import type { SideResult } from '../state/compareSlice';
import { useStore } from '../state/store';

/** One model's layers for one input, with the arithmetic of a picked conv cell. */
const LayerColumn = memo(function LayerColumn(props: {
  side: 'a' | 'b';
  label: string;
  network: NetworkInfo;
  input: Float32Array;
  result: SideResult;
  selected: SelectedCell | null;
  onSelect: (cell: SelectedCell | null) => void;
}) {
  const { network, result, selected } = props;
  const acts = result.activations;
  const scales = useMemo(() => acts.map((a) => scaleFor(a)), [acts]);
  const sel = selected && network.layers[selected.layer]?.conv ? selected : null;
  return (
    <div className={`compare-layers-col compare-layers-${props.side}`} data-testid={`compare-${props.side}-layers`}>
      <h3>{props.label}</h3>
      <ol className="layer-list">
        {network.layers.map((layer) => (
          <li key={layer.name} className={`layer layer-${layer.kind}`}>
            <p className="layer-detail">
              <span className="layer-name">{layer.name}</span> <span className="layer-class">{layer.className}</span> ·{' '}
              <span className="layer-shape">{shapeText(layer.shape)}</span>
            </p>
            {layer.shape.length === 3 ? (
              <LayerMaps
                layer={layer}
                data={acts[layer.index]}
                scale={scales[layer.index]}
                selected={sel}
                window={windowOf(network.layers, sel, layer.index)}
                onSelect={layer.conv ? props.onSelect : undefined}
              />
            ) : (
              <VectorStrip name={layer.name} data={acts[layer.index]} scale={scales[layer.index]} labels={layer.shape[0] === 10} />
            )}
            {sel && sel.layer === layer.index && (
              <CellArithmeticView network={network} selected={sel} onClose={() => props.onSelect(null)} input={props.input} acts={acts} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
});

/**
 * Both models' layers, side by side, for the picked test digit or else the drawing.
 */
export function LayersPair() {
  const { t } = useTranslation('compare');
  const a = useStore((s) => s.compare.a);
  const b = useStore((s) => s.compare.b);
  const drawing = useStore((s) => s.compare.drawing);
  const picked = useStore((s) => s.compare.picked);
  const selectedA = useStore((s) => s.compare.selectedA);
  const selectedB = useStore((s) => s.compare.selectedB);
  const select = useStore((s) => s.compareSelect);
  const pair = picked?.result ?? drawing;
  const inputName = picked ? t('layers.testInput', { index: picked.index }) : t('layers.drawingInput');
  return (
    <section className="compare-section compare-layers" aria-labelledby="compare-layers-h">
      <h2 id="compare-layers-h">{t('layers.title')}</h2>
      {!pair ? (
        <p className="panel-note">{t('layers.empty')}</p>
      ) : (
        <>
          <p className="panel-note">{t('layers.intro', { input: inputName })}</p>
          <div className="compare-columns">
            {a.network && pair.a && (
              <LayerColumn side="a" label={`${t('side.a')}: ${a.info?.label ?? ''}`} network={a.network} input={pair.input} result={pair.a} selected={selectedA} onSelect={(c) => select('a', c)} />
            )}
            {b.network && pair.b && (
              <LayerColumn side="b" label={`${t('side.b')}: ${b.info?.label ?? ''}`} network={b.network} input={pair.input} result={pair.b} selected={selectedB} onSelect={(c) => select('b', c)} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
