/*
 * Sigmoid, tanh and ReLU on one small d3 chart (scales and line generators; React draws the SVG),
 * with a marker at x and the three values read there. Lines differ by dash pattern and label, not
 * only by colour.
 */
import { line, scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { relu, sigmoid, tanh, tensor } from '../../core';
import { formatNumber } from '../../ui';

const W = 360;
const H = 240;
const M = { left: 34, right: 70, top: 10, bottom: 28 };
const X_DOMAIN: [number, number] = [-3, 3];
const Y_DOMAIN: [number, number] = [-1.2, 3];

const FUNCS = { sigmoid, tanh, relu } as const;
export type CurveName = keyof typeof FUNCS;
export const CURVE_NAMES = Object.keys(FUNCS) as CurveName[];

/** The three activations at x, from the core. */
export function curveValues(x: number): Record<CurveName, number> {
  const at = (f: (typeof FUNCS)[CurveName]) => f(tensor([1], [x])).data[0];
  return { sigmoid: at(sigmoid), tanh: at(tanh), relu: at(relu) };
}

const SAMPLES = (() => {
  const xs = Array.from({ length: 121 }, (_, i) => X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * i) / 120);
  const t = tensor([xs.length], xs);
  return { xs, ys: { sigmoid: Array.from(sigmoid(t).data), tanh: Array.from(tanh(t).data), relu: Array.from(relu(t).data) } };
})();

export function Curves(props: { x: number }) {
  const { t } = useTranslation('relu');
  const sx = scaleLinear().domain(X_DOMAIN).range([0, W - M.left - M.right]);
  const sy = scaleLinear().domain(Y_DOMAIN).range([H - M.top - M.bottom, 0]);
  const path = (name: CurveName) =>
    line<number>()
      .x((_, i) => sx(SAMPLES.xs[i]))
      .y((v) => sy(Math.min(v, Y_DOMAIN[1])))(SAMPLES.ys[name]) ?? '';
  const at = curveValues(props.x);
  const endLabel = (name: CurveName) => {
    const y = SAMPLES.ys[name][SAMPLES.ys[name].length - 1];
    return sy(Math.min(y, Y_DOMAIN[1]));
  };
  return (
    <figure className="relu-curves">
      <figcaption className="grid-caption">{t('curves.title')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('curves.label')} data-testid="curves">
        <g transform={`translate(${M.left},${M.top})`}>
          <line x1={0} x2={sx(X_DOMAIN[1])} y1={sy(0)} y2={sy(0)} className="curve-axis" />
          <line x1={sx(0)} x2={sx(0)} y1={sy(Y_DOMAIN[0])} y2={sy(Y_DOMAIN[1])} className="curve-axis" />
          {sx.ticks(6).map((v) => (
            <text key={`x${v}`} x={sx(v)} y={sy(Y_DOMAIN[0]) + 16} textAnchor="middle" className="curve-tick">{formatNumber(v)}</text>
          ))}
          {[-1, 1, 2, 3].map((v) => (
            <text key={`y${v}`} x={-6} y={sy(v) + 4} textAnchor="end" className="curve-tick">{formatNumber(v)}</text>
          ))}
          {CURVE_NAMES.map((n) => (
            <g key={n}>
              <path d={path(n)} className={`curve curve-${n}`} />
              <text x={sx(X_DOMAIN[1]) + 6} y={endLabel(n) + (n === 'sigmoid' ? 12 : n === 'tanh' ? -2 : 4)} className={`curve-label curve-${n}`}>
                {t(`curves.${n}`)}
              </text>
            </g>
          ))}
          <line x1={sx(props.x)} x2={sx(props.x)} y1={sy(Y_DOMAIN[0])} y2={sy(Y_DOMAIN[1])} className="curve-marker" />
          {CURVE_NAMES.map((n) => (
            <circle key={n} cx={sx(props.x)} cy={sy(Math.min(at[n], Y_DOMAIN[1]))} r={4} className={`curve-dot curve-${n}`} />
          ))}
        </g>
      </svg>
      <dl className="curve-readouts">
        {CURVE_NAMES.map((n) => (
          <div key={n}>
            <dt className={`curve-key curve-${n}`}>{t(`curves.${n}`)}({formatNumber(props.x)})</dt>
            <dd>
              <output data-testid={`curve-${n}`} data-value={String(at[n])}>{formatNumber(at[n], 4)}</output>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
