/*
 * L03: fully connected vs convolution from 32×32×3 to 28×28×6, side by side, every number from
 * the core's counting functions.
 */
import { useTranslation } from 'react-i18next';
import { Tex } from '../../ui';
import { fcVsConv } from './calc';
import { FC_VS_CONV } from './fixtures';
import { Readout } from './Readout';
import { countInWords, grouped } from './words';

const texInt = (n: number) => grouped(n).replace(/,/g, '{,}');

export function FcVsConv() {
  const { t, i18n } = useTranslation('why-cnn');
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const m = fcVsConv();
  const { side, channels, kernel, filters } = FC_VS_CONV;
  const o = m.outSide;
  return (
    <div className="wc-compare">
      <p className="wc-shapes">
        <Tex
          tex={`${side}\\times${side}\\times${channels} \\;\\to\\; ${o}\\times${o}\\times${filters}, \\quad ${side} - ${kernel} + 1 = ${o}`}
          label={`${side}×${side}×${channels} → ${o}×${o}×${filters}; ${side} − ${kernel} + 1 = ${o}`}
        />
      </p>
      <section className="wc-card" aria-labelledby="wc-fc-title">
        <h2 id="wc-fc-title">{t('compare.fc')}</h2>
        <p>{t('compare.fcHow', { inputs: grouped(m.inputs), outputs: grouped(m.outputs) })}</p>
        <p className="wc-formula">
          <Tex
            tex={`(${side}\\cdot${side}\\cdot${channels}) \\times (${o}\\cdot${o}\\cdot${filters}) = ${texInt(m.inputs)} \\times ${texInt(m.outputs)} = ${texInt(m.fcParams)}`}
            label={`(${side}·${side}·${channels}) × (${o}·${o}·${filters}) = ${grouped(m.inputs)} × ${grouped(m.outputs)} = ${grouped(m.fcParams)}`}
          />
        </p>
        <div className="wc-readouts">
          <Readout testId="fc-param-count" label={t('compare.params')} value={m.fcParams} words={countInWords(m.fcParams, lang)} strong />
          <Readout testId="fc-mult-count" label={t('compare.mults')} value={m.fcMults} words={countInWords(m.fcMults, lang)} />
        </div>
      </section>
      <section className="wc-card" aria-labelledby="wc-conv-title">
        <h2 id="wc-conv-title">{t('compare.conv')}</h2>
        <p>{t('compare.convHow', { k: kernel, c: channels, n: m.filterWeights, filters })}</p>
        <p className="wc-formula">
          <Tex
            tex={`(${kernel}\\cdot${kernel}\\cdot${channels}) \\times ${filters} = ${m.convParams}, \\quad (${kernel}\\cdot${kernel}\\cdot${channels}) \\times (${o}\\cdot${o}\\cdot${filters}) = ${texInt(m.convMults)}`}
            label={`(${kernel}·${kernel}·${channels}) × ${filters} = ${m.convParams}; (${kernel}·${kernel}·${channels}) × (${o}·${o}·${filters}) = ${grouped(m.convMults)}`}
          />
        </p>
        <div className="wc-readouts">
          <Readout testId="param-count" label={t('compare.params')} value={m.convParams} strong />
          <Readout testId="param-count-bias" label={t('compare.paramsBias', { filters })} value={m.convParamsWithBias} />
          <Readout testId="mult-count" label={t('compare.mults')} value={m.convMults} words={countInWords(m.convMults, lang)} />
        </div>
      </section>
      <p className="wc-ratio" data-testid="ratio" data-value={String(m.fcParams / m.convParams)}>
        {t('compare.ratio', { params: grouped(Math.round(m.fcParams / m.convParams)), mults: Math.round(m.fcMults / m.convMults) })}
      </p>
    </div>
  );
}
