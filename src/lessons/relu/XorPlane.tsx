/*
 * The XOR input plane drawn with d3 scales and contours: the region where the network answers 1
 * (y ≥ 0.5), the line where each hidden unit switches on, and the four inputs (filled when XOR is
 * 1, with ✓ or ✗ for the network's answer; the current input ringed).
 */
import { contours, geoPath, geoTransform, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lineInBox } from './geometry';
import { type NetKind, type Weights, type XorRow, outputGrid } from './xor';

const LO = -0.5;
const HI = 1.5;
const N = 61;
const SIZE = 280;
const M = { left: 34, right: 12, top: 12, bottom: 34 };

export function XorPlane(props: { kind: NetKind; weights: Weights; rows: XorRow[]; current: number | null }) {
  const { t } = useTranslation('relu');
  const { kind, weights, rows, current } = props;
  const sx = scaleLinear().domain([LO, HI]).range([0, SIZE]);
  const sy = scaleLinear().domain([LO, HI]).range([SIZE, 0]);

  const region = useMemo(() => {
    const values = outputGrid(kind, weights, N, LO, HI);
    const [shape] = contours().size([N, N]).thresholds([0.5])(values);
    const toPlane = (g: number) => LO + ((HI - LO) * (g - 0.5)) / (N - 1);
    const clamp = (v: number) => Math.min(Math.max(v, LO), HI);
    const projection = geoTransform({
      point(x, y) {
        this.stream.point(sx(clamp(toPlane(x))), sy(clamp(toPlane(y))));
      },
    });
    return geoPath(projection)(shape) ?? '';
    // sx and sy are fixed scales (same domain and range on every render)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, weights]);

  const lines = (kind === 'single' ? [{ unit: 'y', row: weights[0] }] : [{ unit: 'a₁', row: weights[0] }, { unit: 'a₂', row: weights[1] }])
    .map((l, i) => ({ ...l, i, seg: lineInBox(l.row[0], l.row[1], l.row[2], LO, HI) }))
    .filter((l) => l.seg !== null);

  return (
    <figure className="xor-plane">
      <figcaption className="grid-caption">{t('plane.title')}</figcaption>
      <svg viewBox={`0 0 ${SIZE + M.left + M.right} ${SIZE + M.top + M.bottom}`} role="img" aria-label={t('plane.label')} data-testid="xor-plane">
        <g transform={`translate(${M.left},${M.top})`}>
          <rect x={0} y={0} width={SIZE} height={SIZE} className="xor-plane-bg" />
          <path d={region} className="xor-region" data-testid="xor-region" />
          {[0, 1].map((v) => (
            <g key={v}>
              <line x1={sx(v)} x2={sx(v)} y1={0} y2={SIZE} className="xor-grid-line" />
              <line x1={0} x2={SIZE} y1={sy(v)} y2={sy(v)} className="xor-grid-line" />
              <text x={sx(v)} y={SIZE + 16} textAnchor="middle" className="xor-tick">{v}</text>
              <text x={-8} y={sy(v) + 4} textAnchor="end" className="xor-tick">{v}</text>
            </g>
          ))}
          <text x={SIZE / 2} y={SIZE + 30} textAnchor="middle" className="xor-axis">x₁</text>
          <text x={-26} y={SIZE / 2} textAnchor="middle" className="xor-axis">x₂</text>
          {lines.map((l) => {
            const [[a1, a2], [b1, b2]] = l.seg!;
            return (
              <g key={l.unit} data-testid={`xor-line-${l.i}`}>
                <line x1={sx(a1)} y1={sy(a2)} x2={sx(b1)} y2={sy(b2)} className={`xor-unit-line unit-${l.i}`} />
                <text x={sx((a1 + b1) / 2) + 6} y={sy((a2 + b2) / 2) - 6} className={`xor-unit-label unit-${l.i}`}>
                  {l.unit}
                </text>
              </g>
            );
          })}
          {rows.map((r, i) => (
            <g key={i} transform={`translate(${sx(r.x[0])},${sy(r.x[1])})`} data-testid={`xor-point-${i}`} data-correct={String(r.correct)}>
              {current === i && <circle r={17} className="xor-current" />}
              <circle r={9} className={r.target === 1 ? 'xor-point is-one' : 'xor-point'} />
              <text x={13} y={-10} className={r.correct ? 'xor-mark ok' : 'xor-mark bad'}>{r.correct ? '✓' : '✗'}</text>
            </g>
          ))}
        </g>
      </svg>
      <p className="xor-legend">
        <span className="xor-swatch" aria-hidden="true" /> {t('plane.region')}
        {lines.length > 0 && (
          <>
            {' · '}
            <span className="xor-dash" aria-hidden="true" /> {lines.map((l) => t('plane.unitLine', { unit: l.unit })).join(', ')}
          </>
        )}
      </p>
    </figure>
  );
}
