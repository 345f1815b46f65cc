/*
 * Part 5: the parameter calculator (L01, L02, L03): image H × W × C flattened into a dense layer,
 * next to a conv layer on the same image. Every setting is a whole-number field in the link; a
 * value that is not a whole number, out of range, or a filter that does not fit gets a message
 * next to its field and the last valid value stays.
 */
import { useTranslation } from 'react-i18next';
import { NumberField, useLang } from '../../ui';
import { type CalcResult, roughCount } from './calc';
import { CALC_PRESETS, CALC_PRESET_NAMES, type CalcSetting } from './fixtures';
import { CALC_LIMITS } from './params';

type Key = keyof CalcSetting;
const n = (v: number) => v.toLocaleString('en-US');

function Readout(props: { testId: string; label: string; value: number; strong?: boolean }) {
  const lang = useLang();
  return (
    <div className={props.strong ? 'fc-readout is-strong' : 'fc-readout'}>
      <dt>{props.label}</dt>
      <dd>
        <output data-testid={props.testId} data-value={String(props.value)}>{n(props.value)}</output>
        {props.value >= 1e4 && <span className="fc-rough"> ({roughCount(props.value, lang)})</span>}
      </dd>
    </div>
  );
}

export function CalcView(props: { setting: CalcSetting; result: CalcResult; set: (patch: Partial<CalcSetting>) => void }) {
  const { t } = useTranslation('flatten-fc');
  const { setting, result, set } = props;
  const field = (key: Key) => (
    <NumberField
      key={key}
      testId={`calc-${key}`}
      label={t(`calc.${key}`)}
      value={setting[key]}
      notNumber={(text) => t('calc.notWhole', { text })}
      onCommit={(v) => {
        const [min, max] = CALC_LIMITS[key];
        if (v < min || v > max) return t('calc.range', { name: t(`calc.${key}`), min, max: n(max) });
        const next = { ...setting, [key]: v };
        if (next.k > next.h || next.k > next.w) return t('calc.kTooBig', { k: next.k, h: next.h, w: next.w });
        set({ [key]: v });
        return null;
      }}
    />
  );
  const ratio = result.weights / result.conv.weights;
  return (
    <div className="fc-calc">
      <div className="fc-calc-presets" role="group" aria-label={t('calc.presets')}>
        <span className="control-label">{t('calc.presets')}</span>
        {CALC_PRESET_NAMES.map((p) => (
          <button
            key={p}
            type="button"
            data-testid={`preset-${p}`}
            aria-pressed={(Object.keys(setting) as Key[]).every((k) => setting[k] === CALC_PRESETS[p][k])}
            onClick={() => set(CALC_PRESETS[p])}
          >
            {t(`calc.preset.${p}`)}
          </button>
        ))}
      </div>
      <div className="fc-calc-cols">
        <section className="fc-calc-col" aria-labelledby="fc-dense-title">
          <h2 id="fc-dense-title">{t('calc.dense')}</h2>
          <div className="fc-fields">{(['h', 'w', 'c', 'neurons'] as const).map(field)}</div>
          <button type="button" data-testid="match-conv" onClick={() => set({ neurons: Math.min(result.conv.outputs, CALC_LIMITS.neurons[1]) })}>
            {t('calc.matchConv')} ({n(result.conv.outputs)})
          </button>
          <dl className="fc-readouts">
            <Readout testId="input-count" label={t('calc.inputs')} value={result.inputs} />
            <Readout testId="param-per-neuron" label={t('calc.perNeuron')} value={result.inputs + 1} />
            <Readout testId="weight-count" label={t('calc.weights')} value={result.weights} strong />
            <Readout testId="param-count" label={t('calc.params')} value={result.params} strong />
            <Readout testId="mult-count" label={t('calc.mults')} value={result.mults} />
          </dl>
        </section>
        <section className="fc-calc-col" aria-labelledby="fc-conv-title">
          <h2 id="fc-conv-title">{t('calc.convTitle')}</h2>
          <div className="fc-fields">{(['k', 'filters'] as const).map(field)}</div>
          <dl className="fc-readouts">
            <div className="fc-readout">
              <dt>{t('calc.convOut')}</dt>
              <dd data-testid="conv-output" data-value={`${result.conv.outH}x${result.conv.outW}x${setting.filters}`}>
                {result.conv.outH}×{result.conv.outW}×{setting.filters} = {n(result.conv.outputs)}
              </dd>
            </div>
            <Readout testId="conv-weight-count" label={t('calc.convWeights')} value={result.conv.weights} strong />
            <Readout testId="conv-param-count" label={t('calc.convParams')} value={result.conv.params} />
            <Readout testId="conv-mult-count" label={t('calc.convMults')} value={result.conv.mults} />
          </dl>
        </section>
      </div>
      <p className="fc-ratio" data-testid="ratio" data-value={String(ratio)}>
        {t('calc.ratio', { ratio: n(Math.round(ratio)) })}
      </p>
    </div>
  );
}
