/*
 * Several filters give several activation maps, stacked as the output's depth (L03: "1 filter →
 * 1 activation map; 6 filters → 6 maps").
 */
import { useTranslation } from 'react-i18next';
import type { Tensor } from '../../core';
import { CELL, MatrixGrid, formatNumber } from '../../ui';
import type { BankFilter } from './trace';

/** The first `step + 1` activation maps of the filter bank, the output shape and the layer’s parameter count. */
export function FiltersPart(props: { maps: Tensor; filters: readonly BankFilter[]; step: number }) {
  const { t } = useTranslation('rgb-conv');
  const [, H, W] = props.maps.shape;
  const k = props.step + 1;
  const plane = H * W;
  const params = (3 * 3 * 3 + 1) * k;
  return (
    <>
      <div className="rgb-maps">
        {props.filters.slice(0, k).map((f, i) => (
          <MatrixGrid
            key={f.id}
            role={`map-${i}`}
            label={t('grids.mapLabel', { n: i + 1, name: t(`filterNames.${f.id}`) })}
            caption={t('grids.map', { n: i + 1, name: t(`filterNames.${f.id}`) })}
            rows={H}
            cols={W}
            values={props.maps.data.subarray(i * plane, (i + 1) * plane)}
            scale="signed"
            legend={false}
            cellSize={CELL.xl}
            format={(v) => formatNumber(v, 0)}
          />
        ))}
      </div>
      <p className="rgb-readout" data-testid="output-size" data-value={String(H)} data-shape={`${H},${W},${k}`}>
        {k === 1 ? t('readout.stackOne', { size: H }) : t('readout.stack', { k, size: H })}
      </p>
      <p className="rgb-readout" data-testid="param-count" data-value={params}>
        {t('readout.layerParams', { k, n: params })}
      </p>
    </>
  );
}
