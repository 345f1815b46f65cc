import { useTranslation } from 'react-i18next';
import { type ScaleKind, rampColor } from './colorScale';
import { formatNumber } from './format';
import './messages';

/**
 * A colour legend for a grid: the ramp with its end values (and 0 in the middle of a signed
 * scale), plus a short text saying how to read it.
 *
 * @example
 * <ColorLegend kind="signed" domain={[-4, 4]} />
 */
export function ColorLegend(props: { kind: ScaleKind; domain: readonly [number, number]; className?: string }) {
  const { t } = useTranslation('engine');
  const { kind, domain } = props;
  if (kind === 'none') return null;
  const stops = Array.from({ length: 9 }, (_, i) => `${rampColor(kind, i / 8)} ${(i / 8) * 100}%`).join(', ');
  const m = Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
  const lo = kind === 'signed' ? -m : domain[0];
  const hi = kind === 'signed' ? m : domain[1];
  const text = kind === 'signed' ? t('grid.legendSigned') : kind === 'grey' ? t('grid.legendGrey') : t('grid.legendInk');
  return (
    <div className={`color-legend ${props.className ?? ''}`} aria-label={`${t('grid.legend')}: ${text}`} role="img">
      <div className="color-legend-bar" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <div className="color-legend-ticks" aria-hidden="true">
        <span>{formatNumber(lo)}</span>
        {kind === 'signed' && <span>0</span>}
        <span>{formatNumber(hi)}</span>
      </div>
      <div className="color-legend-text" aria-hidden="true">{text}</div>
    </div>
  );
}
