/*
 * The 1×1 convolution (56×56×64 with 32 filters → 56×56×32) and GoogLeNet's bottleneck: the
 * multiplications of a k×k convolution with and without a 1×1 reduction first, for the lecture's
 * 14×14×480 example or the learner's own numbers.
 */
import { useTranslation } from 'react-i18next';
import { NumberField, Tex } from '../../ui';
import { BOTTLENECK_LIMITS, type BottleneckSetting, ONE_BY_ONE, bottleneck, oneByOne } from './bottleneck';

const n = (v: number) => v.toLocaleString('en-US');
const tn = (v: number) => n(v).replace(/,/g, '{,}');
const KEYS = ['size', 'cin', 'cout', 'kernel', 'reduce'] as const;
type Key = (typeof KEYS)[number];

/** The bottleneck's steps: the 1×1 example, then the big convolution, the reduction, the small convolution, the total. */
export const BOTTLENECK_STEPS = ['oneByOne', 'direct', 'reduce', 'conv', 'total'] as const;

export function BottleneckFields(props: { setting: BottleneckSetting; onCommit(key: Key, v: number): string | null }) {
  const { t } = useTranslation('architectures');
  const notNumber = (text: string) => t('err.notNumber', { text });
  return (
    <>
      {KEYS.map((k) => (
        <NumberField
          key={k}
          testId={k}
          label={t(`bottleneck.${k}`)}
          value={props.setting[k]}
          notNumber={notNumber}
          onCommit={(v) => (v < 1 || v > BOTTLENECK_LIMITS[k] ? t('err.range', { name: t(`bottleneck.${k}`), max: BOTTLENECK_LIMITS[k] }) : props.onCommit(k, v))}
        />
      ))}
    </>
  );
}

export function BottleneckView(props: { setting: BottleneckSetting; step: number }) {
  const { t } = useTranslation('architectures');
  const id = BOTTLENECK_STEPS[props.step];
  if (id === 'oneByOne') {
    const o = oneByOne(ONE_BY_ONE);
    const { size, cin, filters } = ONE_BY_ONE;
    return (
      <section className="ar-detail" aria-labelledby="ar-b-title">
        <h2 id="ar-b-title">{t('bottleneck.oneTitle')}</h2>
        <p className="ar-shapes">
          {size}×{size}×{cin} → <strong>{o.outShape.join('×')}</strong>
        </p>
        <div className="ar-line">
          <span className="ar-line-name">{t('detail.params')}</span>
          <Tex tex={`(1\\cdot 1\\cdot ${cin} + 1)\\cdot ${filters} = ${tn(o.params)}`} label={`(1·1·${cin} + 1)·${filters} = ${n(o.params)}`} />
        </div>
        <div className="ar-line">
          <span className="ar-line-name">{t('detail.mults')}</span>
          <Tex tex={`(1\\cdot 1\\cdot ${cin})\\cdot(${size}\\cdot ${size}\\cdot ${filters}) = ${tn(o.mults)}`} label={`(1·1·${cin})·(${size}·${size}·${filters}) = ${n(o.mults)}`} />
        </div>
        <div className="ar-readouts">
          <div className="ar-readout">
            <span>{t('readout.output')}</span>
            <output data-testid="output-size" data-value={String(size)} data-shape={o.outShape.join(',')}>{o.outShape.join('×')}</output>
          </div>
          <div className="ar-readout">
            <span>{t('readout.params')}</span>
            <output data-testid="param-count" data-value={String(o.params)}>{n(o.params)}</output>
          </div>
          <div className="ar-readout">
            <span>{t('readout.mults')}</span>
            <output data-testid="mult-count" data-value={String(o.mults)}>{n(o.mults)}</output>
          </div>
        </div>
      </section>
    );
  }
  const s = props.setting;
  const b = bottleneck(s);
  const H = s.size;
  const k = s.kernel;
  const lines = {
    direct: { tex: `(${H}\\cdot ${H}\\cdot ${s.cout})\\cdot(${k}\\cdot ${k}\\cdot ${s.cin}) = ${tn(b.direct)}`, text: `(${H}·${H}·${s.cout})·(${k}·${k}·${s.cin}) = ${n(b.direct)}` },
    reduce: { tex: `(${H}\\cdot ${H}\\cdot ${s.reduce})\\cdot(1\\cdot 1\\cdot ${s.cin}) = ${tn(b.reduce)}`, text: `(${H}·${H}·${s.reduce})·(1·1·${s.cin}) = ${n(b.reduce)}` },
    conv: { tex: `(${H}\\cdot ${H}\\cdot ${s.cout})\\cdot(${k}\\cdot ${k}\\cdot ${s.reduce}) = ${tn(b.conv)}`, text: `(${H}·${H}·${s.cout})·(${k}·${k}·${s.reduce}) = ${n(b.conv)}` },
    total: { tex: `${tn(b.reduce)} + ${tn(b.conv)} = ${tn(b.total)}`, text: `${n(b.reduce)} + ${n(b.conv)} = ${n(b.total)}` },
  };
  const headline = id === 'direct' ? b.direct : id === 'reduce' ? b.reduce : id === 'conv' ? b.conv : b.total;
  const max = Math.max(b.direct, b.total);
  const bar = (v: number) => ({ width: `${Math.max(0.5, (100 * v) / max)}%` });
  const shown = (which: 'direct' | 'reduce' | 'conv' | 'total') => BOTTLENECK_STEPS.indexOf(which) <= props.step;
  return (
    <section className="ar-detail" aria-labelledby="ar-b-title">
      <h2 id="ar-b-title">{t(`bottleneck.${id}Title`, { k })}</h2>
      <p className="ar-shapes">
        {t('bottleneck.shapes', { h: H, cin: s.cin, cout: s.cout, k, r: s.reduce })}
      </p>
      {(['direct', 'reduce', 'conv', 'total'] as const).filter(shown).map((w) => (
        <div key={w} className={`ar-line${w === id ? ' is-current' : ''}`}>
          <span className="ar-line-name">{t(w === 'reduce' ? 'bottleneck.reduceLine' : `bottleneck.${w}`, { k })}</span>
          <Tex tex={lines[w].tex} label={lines[w].text} />
        </div>
      ))}
      <div className="ar-bars" aria-hidden="true">
        <div className="ar-bar-row">
          <span>{t('bottleneck.barDirect', { k })}</span>
          <div className="ar-bar is-direct" style={bar(b.direct)} />
        </div>
        {props.step >= 2 && (
          <div className="ar-bar-row">
            <span>{t('bottleneck.barBottleneck')}</span>
            <div className="ar-bar-stack">
              <div className="ar-bar is-reduce" style={bar(b.reduce)} />
              {props.step >= 3 && <div className="ar-bar is-conv" style={bar(b.conv)} />}
            </div>
          </div>
        )}
      </div>
      <div className="ar-readouts">
        <div className="ar-readout is-total">
          <span>{t(id === 'reduce' ? 'bottleneck.reduceLine' : `bottleneck.${id}`, { k })}</span>
          <output data-testid="mult-count" data-value={String(headline)}>{n(headline)}</output>
        </div>
        <div className="ar-readout">
          <span>{t('bottleneck.direct', { k })}</span>
          <output data-testid="mult-direct" data-value={String(b.direct)}>{n(b.direct)}</output>
        </div>
        {id === 'total' && (
          <div className="ar-readout">
            <span>{t('bottleneck.ratio')}</span>
            <output data-testid="ratio" data-value={String(b.ratio)}>{b.ratio.toFixed(1)}×</output>
          </div>
        )}
      </div>
      {id === 'total' && (
        <p className="lesson-aside" data-testid="slide-rounding">
          {t('bottleneck.slide', { exact: (b.total / 1e6).toFixed(2) })}
        </p>
      )}
    </section>
  );
}
