import { useTranslation } from 'react-i18next';
import { interpolateRdBu } from 'd3';

/** The colour key of a signed map: −max (red) … 0 (white) … +max (blue), with the numbers. */
export function DivergingLegend({ maxAbs, digits = 3 }: { maxAbs: number; digits?: number }) {
  const { t } = useTranslation('train');
  const stops = Array.from({ length: 9 }, (_, i) => `${interpolateRdBu(i / 8)} ${(i / 8) * 100}%`).join(', ');
  return (
    <div className="legend-diverging" role="img" aria-label={t('filters.legendAria', { max: maxAbs.toFixed(digits) })}>
      <span>{(-maxAbs).toFixed(digits)}</span>
      <span className="legend-bar" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <span>+{maxAbs.toFixed(digits)}</span>
    </div>
  );
}

/** The colour key of a non-negative map: 0 (white) … max (black). */
export function GreyLegend({ max, digits = 2 }: { max: number; digits?: number }) {
  const { t } = useTranslation('train');
  return (
    <div className="legend-diverging" role="img" aria-label={t('activations.legendAria', { max: max.toFixed(digits) })}>
      <span>0</span>
      <span className="legend-bar" style={{ background: 'linear-gradient(to right, #ffffff, #000000)' }} />
      <span>{max.toFixed(digits)}</span>
    </div>
  );
}
