import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DivergingLegend } from './DivergingLegend';
import { FeatureMap } from './FeatureMap';
import { maxAbsOf } from './paintMap';

export interface FilterGridProps {
  layer: string;
  /** [kh, kw, inChannels, filters] (tfjs kernel layout). */
  shape: [number, number, number, number];
  data: Float32Array;
}

/**
 * The first layer's filters: one small diverging map per filter (input channel 0), all on the
 * same colour scale so they can be compared, and the numbers of the filter the learner picks.
 */
export function FilterGrid({ layer, shape, data }: FilterGridProps) {
  const { t } = useTranslation('train');
  const [kh, kw, inC, outC] = shape;
  const [picked, setPicked] = useState(0);
  const chosen = Math.min(picked, outC - 1);
  const maxAbs = maxAbsOf(data);
  const stride = inC * outC;
  const value = (r: number, c: number) => data[(r * kw + c) * stride + chosen];
  const size = Math.max(40, Math.min(72, kw * 12));
  return (
    <div className="filters" data-testid="filters" data-layer={layer} data-count={outC}>
      <DivergingLegend maxAbs={maxAbs} />
      <div className="filter-list" role="group" aria-label={t('filters.groupAria', { layer, count: outC })}>
        {Array.from({ length: outC }, (_, f) => (
          <button
            key={f}
            type="button"
            className={`filter-btn ${f === chosen ? 'chosen' : ''}`}
            aria-pressed={f === chosen}
            onClick={() => setPicked(f)}
            title={t('filters.filterN', { n: f + 1 })}
          >
            <FeatureMap data={data} h={kh} w={kw} channels={stride} channel={f} scale={{ kind: 'diverging', maxAbs }} size={size} label={t('filters.filterN', { n: f + 1 })} />
          </button>
        ))}
      </div>
      <div className="filter-values">
        <p className="small">{t('filters.valuesOf', { n: chosen + 1, kh, kw })}</p>
        <table className="kernel-values" data-testid="grid-filter">
          <tbody>
            {Array.from({ length: kh }, (_, r) => (
              <tr key={r}>
                {Array.from({ length: kw }, (_, c) => {
                  const v = value(r, c);
                  return (
                    <td key={c} data-row={r} data-col={c} data-value={v} className={v < 0 ? 'neg' : 'pos'}>
                      {Math.abs(v) < 0.005 ? (0).toFixed(2) : v.toFixed(2)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
