/*
 * The parameter calculator (L01, L02): an H×W×C image flattened into a dense layer of N neurons.
 * Every number is a NumberField whose value lives in the link; a bad value gets an alert beside
 * its field and the last valid numbers stay.
 */
import { useTranslation } from 'react-i18next';
import { NumberField, Tex } from '../../ui';
import { MLP_LIMITS, mlpCounts } from './calc';
import { SLIDE_WORDS, type MlpSetting } from './fixtures';
import { Readout } from './Readout';
import { countInWords, grouped } from './words';

const KEYS = ['height', 'width', 'channels', 'neurons'] as const;
type Key = (typeof KEYS)[number];

const texInt = (n: number) => grouped(n).replace(/,/g, '{,}');

export function MlpCalc(props: {
  setting: MlpSetting;
  /** The lecture's example of this step (L01 or L02). */
  example: MlpSetting;
  showSlide: boolean;
  onCommit(key: Key, value: number): string | null;
  onReset(): void;
}) {
  const { t, i18n } = useTranslation('why-cnn');
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const s = props.setting;
  const c = mlpCounts(s);
  const isExample = KEYS.every((k) => s[k] === props.example[k]);
  const notNumber = (text: string) => t('err.notNumber', { text });
  const commit = (key: Key) => (v: number) => {
    if (v < 1 || v > MLP_LIMITS[key]) return t('err.range', { name: t(`calc.${key}`), max: grouped(MLP_LIMITS[key]) });
    return props.onCommit(key, v);
  };
  const inputsTex = `${s.height} \\times ${s.width} \\times ${s.channels} = ${texInt(c.inputs)}`;
  const layerTex = `(${texInt(c.inputs)} + 1) \\times ${s.neurons} = ${texInt(c.layerParams)}`;
  return (
    <section className="wc-calc" aria-labelledby="wc-calc-title">
      <h2 id="wc-calc-title">{t('calc.title')}</h2>
      <div className="wc-fields">
        {KEYS.map((k) => (
          <NumberField key={k} testId={k} label={t(`calc.${k}`)} value={s[k]} notNumber={notNumber} onCommit={commit(k)} />
        ))}
        <button type="button" data-testid="calc-reset" onClick={props.onReset} disabled={isExample}>
          {t('calc.reset')}
        </button>
      </div>
      <p className="wc-formula">
        <span className="wc-formula-name">{t('calc.inputs')}</span>{' '}
        <Tex tex={inputsTex} label={`${s.height} × ${s.width} × ${s.channels} = ${grouped(c.inputs)}`} />
      </p>
      <p className="wc-formula">
        <span className="wc-formula-name">{t('calc.layerParams')}</span>{' '}
        <Tex tex={layerTex} label={`(${grouped(c.inputs)} + 1) × ${s.neurons} = ${grouped(c.layerParams)}`} />
      </p>
      <div className="wc-readouts">
        <Readout testId="weights-per-neuron" label={t('calc.weightsPerNeuron')} value={c.weightsPerNeuron} words={countInWords(c.weightsPerNeuron, lang)} strong={!props.showSlide} />
        <Readout testId="params-per-neuron" label={t('calc.paramsPerNeuron')} value={c.paramsPerNeuron} />
        <Readout testId="param-count" label={t('calc.layerParams')} value={c.layerParams} words={countInWords(c.layerParams, lang)} strong={props.showSlide} />
        <Readout testId="mult-count" label={t('calc.mults')} value={c.mults} words={countInWords(c.mults, lang)} />
      </div>
      {!isExample && <p className="wc-note">{t('calc.custom')}</p>}
      {props.showSlide && (
        <div className="wc-slide">
          <table className="wc-table" data-testid="slide-table">
            <caption>{t('slide.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">image H</th>
                <th scope="col">image W</th>
                <th scope="col">channels</th>
                <th scope="col">weights/neuron</th>
                <th scope="col">bias</th>
                <th scope="col">params/neuron</th>
                <th scope="col">Layer 개수</th>
                <th scope="col">params/layer</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>200</td>
                <td>200</td>
                <td>3</td>
                <td>120,000</td>
                <td>1</td>
                <td>120,001</td>
                <td>64</td>
                <td>7,680,064</td>
              </tr>
            </tbody>
          </table>
          <p className="lesson-aside" data-testid="slide-words">
            {t('slide.words', { printed: SLIDE_WORDS.printed, correct: SLIDE_WORDS.correct })}
          </p>
          <p className="lesson-aside">{t('slide.header')}</p>
        </div>
      )}
    </section>
  );
}
