/*
 * The depth race and what made very deep networks trainable (LESSONS.md L33): layer counts of the
 * ILSVRC winners as a d3 bar chart, the residual block, ResNet's results, DenseNet's connectivity.
 */
import { scaleBand, scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { Tex } from '../../ui';

/** L33: layers of the ILSVRC entries the lectures compare. */
export const DEPTHS = [
  { name: 'AlexNet', year: 2012, layers: 8 },
  { name: 'VGG', year: 2014, layers: 19 },
  { name: 'GoogLeNet', year: 2014, layers: 22 },
  { name: 'ResNet', year: 2015, layers: 152 },
] as const;

export const DEPTH_STEPS = ['depth', 'residual', 'results', 'densenet'] as const;

const W = 420;
const H = 200;
const M = { left: 80, right: 40, top: 8, bottom: 8 };

function DepthChart() {
  const { t } = useTranslation('architectures');
  const y = scaleBand<string>().domain(DEPTHS.map((d) => d.name)).range([M.top, H - M.bottom]).padding(0.25);
  const x = scaleLinear().domain([0, 152]).range([M.left, W - M.right]);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="ar-depth" role="img" aria-label={t('depth.chart', { list: DEPTHS.map((d) => `${d.name} ${d.layers}`).join(', ') })}>
      {DEPTHS.map((d) => (
        <g key={d.name}>
          <text x={M.left - 8} y={(y(d.name) ?? 0) + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle" className="ar-tick">
            {d.name} {d.year}
          </text>
          <rect x={M.left} y={y(d.name)} width={x(d.layers) - M.left} height={y.bandwidth()} className="ar-depth-bar" />
          <text x={x(d.layers) + 6} y={(y(d.name) ?? 0) + y.bandwidth() / 2} dominantBaseline="middle" className="ar-tick ar-strong">
            {d.layers}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function DepthView(props: { step: number }) {
  const { t } = useTranslation('architectures');
  const id = DEPTH_STEPS[props.step];
  if (id === 'depth') {
    return (
      <section className="ar-detail" aria-labelledby="ar-d-title">
        <h2 id="ar-d-title">{t('depth.title')}</h2>
        <DepthChart />
        <p>
          <Tex tex="152 / 19 =" label="152 / 19 =" />{' '}
          <output data-testid="depth-ratio" data-value={String(152 / 19)}>{(152 / 19).toFixed(1)}</output> {t('depth.ratio')}
        </p>
      </section>
    );
  }
  if (id === 'residual') {
    return (
      <section className="ar-detail" aria-labelledby="ar-d-title">
        <h2 id="ar-d-title">{t('residual.title')}</h2>
        <svg viewBox="0 0 360 170" className="ar-block" role="img" aria-label={t('residual.label')}>
          <defs>
            <marker id="ar-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="ar-arrowhead" />
            </marker>
          </defs>
          <text x="20" y="88" className="ar-tick ar-strong">x</text>
          <line x1="34" y1="84" x2="80" y2="84" className="ar-edge" markerEnd="url(#ar-arrow)" />
          <rect x="82" y="64" width="80" height="40" rx="6" className="ar-box" />
          <text x="122" y="88" textAnchor="middle" className="ar-tick">{t('residual.layer')}</text>
          <line x1="162" y1="84" x2="190" y2="84" className="ar-edge" markerEnd="url(#ar-arrow)" />
          <rect x="192" y="64" width="80" height="40" rx="6" className="ar-box" />
          <text x="232" y="88" textAnchor="middle" className="ar-tick">{t('residual.layer')}</text>
          <line x1="272" y1="84" x2="296" y2="84" className="ar-edge" markerEnd="url(#ar-arrow)" />
          <circle cx="310" cy="84" r="13" className="ar-box" />
          <text x="310" y="89" textAnchor="middle" className="ar-tick ar-strong">+</text>
          <path d="M 50 84 C 50 20, 310 20, 310 68" className="ar-edge ar-skip" markerEnd="url(#ar-arrow)" />
          <text x="180" y="28" textAnchor="middle" className="ar-tick">{t('residual.skip')}</text>
          <text x="177" y="135" textAnchor="middle" className="ar-tick">F(x)</text>
          <text x="310" y="125" textAnchor="middle" className="ar-tick ar-strong">F(x) + x</text>
        </svg>
        <p>
          <Tex tex="y = F(x) + x" label="y = F(x) + x" display />
        </p>
      </section>
    );
  }
  if (id === 'results') {
    return (
      <section className="ar-detail" aria-labelledby="ar-d-title">
        <h2 id="ar-d-title">{t('results.title')}</h2>
        <ul className="ar-facts" data-testid="resnet-facts">
          <li>{t('results.error')}</li>
          <li>{t('results.tracks')}</li>
          <li>{t('results.training')}</li>
          <li>{t('results.faster')}</li>
          <li>{t('results.fc')}</li>
        </ul>
      </section>
    );
  }
  return (
    <section className="ar-detail" aria-labelledby="ar-d-title">
      <h2 id="ar-d-title">{t('dense.title')}</h2>
      <p>
        <Tex tex="\text{ResNet: } O(C \times C) \qquad \text{DenseNet: } O(l \times k \times k), \; k \ll C" label="ResNet: O(C × C); DenseNet: O(l × k × k), k ≪ C" display />
      </p>
      <ul className="ar-facts">
        <li>{t('dense.gradient')}</li>
        <li>{t('dense.params')}</li>
        <li>{t('dense.features')}</li>
      </ul>
    </section>
  );
}
