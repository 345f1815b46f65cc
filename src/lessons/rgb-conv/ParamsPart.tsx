/*
 * The parameter and multiplication count of a conv layer, line by line, next to the fully
 * connected layer with the same input and output (L17: 76, 760; L03: 450 vs 14,450,688; 352,800).
 */
import { useTranslation } from 'react-i18next';
import { NumberField, Tex } from '../../ui';
import { type LayerPreset, PRESET_L03, PRESET_L17 } from './fixtures';
import type { LayerCounts } from './trace';

const FIELDS: (keyof LayerPreset)[] = ['size', 'channels', 'filter', 'filters', 'padding', 'stride'];

/** One line of the count: label, formula with the numbers, result and its test id. */
interface Line {
  /** Its label's message key, `readout.<key>`. */
  key: 'outSize' | 'perFilter' | 'withBias' | 'params' | 'mults' | 'fc';
  testId: string;
  value: number;
  tex: string;
  text: string;
  shown: string;
}

/** The calculator: presets, the six settings, and the count line by line (the current step highlighted). */
export function ParamsPart(props: {
  layer: LayerPreset;
  counts: LayerCounts;
  step: number;
  lang: string;
  /** Why the layer in the link was not used (the lecture's example is shown instead). */
  error?: string;
  onField: (key: keyof LayerPreset, v: number) => string | null;
  onPreset: (p: LayerPreset) => void;
}) {
  const { t } = useTranslation('rgb-conv');
  const { layer: L, counts: n, step } = props;
  const fmt = new Intl.NumberFormat(props.lang === 'ko' ? 'ko-KR' : 'en-US');
  const f = (v: number) => fmt.format(v);
  /** A number for TeX, with the digit groups of the language (a bare comma would add a space). */
  const x = (v: number) => f(v).replace(/,/g, '{,}');
  const out = n.outSize;
  const lines: Line[] = [
    {
      key: 'outSize',
      testId: 'output-size',
      value: out,
      tex: `\\frac{${L.size} - ${L.filter} + 2\\cdot${L.padding}}{${L.stride}} + 1 = ${Number.isInteger(n.exactOutSize) ? n.exactOutSize : `${n.exactOutSize.toFixed(2)} \\to ${out}`}`,
      text: `(${L.size} − ${L.filter} + 2·${L.padding}) / ${L.stride} + 1 = ${n.exactOutSize}`,
      shown: `${out}×${out}×${L.filters}`,
    },
    {
      key: 'perFilter',
      testId: 'weights-per-filter',
      value: n.weightsPerFilter,
      tex: `${L.filter}\\cdot${L.filter}\\cdot${L.channels} = ${n.weightsPerFilter}`,
      text: `${L.filter}·${L.filter}·${L.channels} = ${n.weightsPerFilter}`,
      shown: f(n.weightsPerFilter),
    },
    {
      key: 'withBias',
      testId: 'params-per-filter',
      value: n.paramsPerFilter,
      tex: `${n.weightsPerFilter} + 1 = ${n.paramsPerFilter}`,
      text: `${n.weightsPerFilter} + 1 = ${n.paramsPerFilter}`,
      shown: f(n.paramsPerFilter),
    },
    {
      key: 'params',
      testId: 'param-count',
      value: n.params,
      tex: `${n.paramsPerFilter}\\times${L.filters} = ${x(n.params)}`,
      text: `${n.paramsPerFilter} × ${L.filters} = ${n.params}`,
      shown: f(n.params),
    },
    {
      key: 'mults',
      testId: 'mult-count',
      value: n.mults,
      tex: `${n.weightsPerFilter}\\times(${out}\\cdot${out}\\cdot${L.filters}) = ${x(n.mults)}`,
      text: `${n.weightsPerFilter} × (${out}·${out}·${L.filters}) = ${n.mults}`,
      shown: f(n.mults),
    },
    {
      key: 'fc',
      testId: 'fc-params',
      value: n.fcWeights,
      tex: `(${L.size}\\cdot${L.size}\\cdot${L.channels})\\times(${out}\\cdot${out}\\cdot${L.filters}) = ${x(n.fcInputs)}\\times${x(n.fcOutputs)} = ${x(n.fcWeights)}`,
      text: `(${L.size}·${L.size}·${L.channels}) × (${out}·${out}·${L.filters}) = ${n.fcInputs} × ${n.fcOutputs} = ${n.fcWeights}`,
      shown: f(n.fcWeights),
    },
  ];
  return (
    <>
      <div className="rgb-presets">
        <button type="button" data-testid="preset-l17" onClick={() => props.onPreset(PRESET_L17)}>
          {t('controls.presetL17')}
        </button>
        <button type="button" data-testid="preset-l03" onClick={() => props.onPreset(PRESET_L03)}>
          {t('controls.presetL03')}
        </button>
      </div>
      {props.error && (
        <p role="alert" className="notice" data-testid="layer-error">
          {props.error}
        </p>
      )}
      <div className="rgb-fields">
        {FIELDS.map((key) => (
          <NumberField
            key={key}
            label={t(`controls.${key}`)}
            value={L[key]}
            testId={key}
            notNumber={(text) => t('controls.notWhole', { text })}
            onCommit={(v) => props.onField(key, v)}
          />
        ))}
      </div>
      <ol className="rgb-lines">
        {lines.map((l, i) => (
          <li key={l.key} className={i === step ? 'is-current' : i > step ? 'is-later' : undefined} aria-current={i === step ? 'step' : undefined}>
            <span className="rgb-line-label">{t(`readout.${l.key}`)}</span>
            <Tex tex={l.tex} label={l.text} />
            <output
              data-testid={l.testId}
              data-value={l.value}
              data-shape={l.key === 'outSize' ? `${out},${out},${L.filters}` : undefined}
              data-exact={l.key === 'outSize' ? String(n.exactOutSize) : undefined}
            >
              {l.shown}
            </output>
            {l.key === 'params' && (
              <span className="rgb-line-note">
                <output data-testid="weight-count" data-value={n.weights}>
                  {t('readout.split', { w: f(n.weights), b: f(L.filters) })}
                </output>
              </span>
            )}
            {l.key === 'outSize' && !Number.isInteger(n.exactOutSize) && <span className="rgb-line-note">{t('readout.notWhole')}</span>}
            {l.key === 'fc' && <span className="rgb-line-note">{t('readout.fcNote')}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
