/**
 * Lesson `flatten-fc` (LESSONS.md L24, L26, L01, L02, L03): flatten a 3×3 map into a vector cell by
 * cell (row-major; column-major to compare), a dense layer on it and softmax to probabilities;
 * then the lecture's Keras summary (9,216 → Dense 128: 1,179,776) and a parameter calculator for a
 * dense layer on a whole image next to a conv layer. Link parameters: `input`, `order`, `weights`,
 * `bias`, `h`, `w`, `c`, `neurons`, `k`, `filters`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import { fromRows } from '../../core';
import { LessonLayout, type Matrix, formatNumber, useLessonParams, useLessonStep } from '../../ui';
import { CalcView } from './CalcView';
import { calc, kerasSummary } from './calc';
import { DenseView } from './DenseView';
import { CALC_PRESETS, DENSE_BIAS, DENSE_WEIGHTS, FLAT_INPUT, type CalcSetting } from './fixtures';
import { FlattenView } from './FlattenView';
import { KerasView } from './KerasView';
import { flattenParams } from './params';
import { SoftmaxView } from './SoftmaxView';
import { PHASES, type FlattenPhase, flattenTrace, phaseStart } from './trace';
import './messages';
import './flatten-fc.css';

const DEFAULT_INPUT = fromRows(FLAT_INPUT);
const DEFAULT_W = fromRows(DENSE_WEIGHTS);
const KERAS_TOTAL = kerasSummary().total;

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => v === b[i]);

const PARAGRAPHS: Record<FlattenPhase, readonly MessageKeyOf<'flatten-fc'>[]> = {
  flatten: ['text.flatten.p1', 'text.flatten.p2', 'text.flatten.col'],
  dense: ['text.dense.p1', 'text.dense.p2'],
  softmax: ['text.softmax.p1', 'text.softmax.p2'],
  keras: ['text.keras.p1', 'text.keras.p2'],
  params: ['text.params.p1', 'text.params.p2'],
};

export default function FlattenFc() {
  const { t } = useTranslation('flatten-fc');
  const { values, ignored, set } = useLessonParams(flattenParams);
  const input = values.input ?? DEFAULT_INPUT;
  const W = values.weights ?? DEFAULT_W;
  const bias = useMemo(() => (values.bias ? values.bias.data : DENSE_BIAS), [values.bias]);
  const trace = useMemo(() => flattenTrace(input, values.order, W, bias), [input, values.order, W, bias]);
  const { step, pause } = useLessonStep(trace.steps.length);

  // The calculator: a filter larger than the image (possible from a link) is shown at the largest size that fits.
  const wanted: CalcSetting = { h: values.h, w: values.w, c: values.c, neurons: values.neurons, k: values.k, filters: values.filters };
  const fits = wanted.k <= wanted.h && wanted.k <= wanted.w;
  const setting: CalcSetting = fits ? wanted : { ...wanted, k: Math.min(wanted.h, wanted.w) };
  const result = calc(setting);

  const current = trace.steps[step] ?? trace.steps[0];
  const phase = current.phase;

  const editInput = (r: number, c: number, v: number) => {
    const data = Array.from(input.data);
    data[r * 3 + c] = v;
    set({ input: same(data, DEFAULT_INPUT.data) ? undefined : { shape: [3, 3], data } });
  };
  const editWeight = (r: number, c: number, v: number) => {
    const data = Array.from(W.data);
    data[r * 3 + c] = v;
    set({ weights: same(data, DEFAULT_W.data) ? undefined : { shape: [9, 3], data } });
  };
  const editBias = (c: number, v: number) => {
    const data = Array.from(bias);
    data[c] = v;
    const next: Matrix = { shape: [1, 3], data };
    set({ bias: same(data, DENSE_BIAS) ? undefined : next });
  };
  // the calculator's defaults (L02) stay out of the link
  const setCalc = (patch: Partial<CalcSetting>) =>
    set(Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v === CALC_PRESETS.l02[k as keyof CalcSetting] ? undefined : v])));
  const changed = values.input !== null || values.weights !== null || values.bias !== null || values.order !== 'row';

  const text = (
    <>
      {PARAGRAPHS[phase].map((k) => (
        <p key={k}>{t(k)}</p>
      ))}
      {phase === 'keras' && <p className="lesson-aside">{t('text.keras.title')}</p>}
      {phase === 'params' && (
        <p className="lesson-aside" data-testid="slide-note">
          {t('text.params.slide')}
        </p>
      )}
    </>
  );

  const controls =
    phase === 'flatten' || phase === 'dense' || phase === 'softmax' ? (
      <>
        <label className="control">
          <span>{t('order.label')}</span>
          <select
            data-testid="order"
            value={values.order}
            onChange={(e) => set({ order: e.target.value === 'col' ? 'col' : undefined })}
          >
            <option value="row">{t('order.row')}</option>
            <option value="col">{t('order.col')}</option>
          </select>
        </label>
        <button
          type="button"
          data-testid="reset"
          disabled={!changed}
          onClick={() => set({ input: undefined, weights: undefined, bias: undefined, order: undefined })}
        >
          {t('reset')}
        </button>
      </>
    ) : phase === 'params' && !fits ? (
      <p role="alert" className="field-error" data-testid="k-clamped">
        {t('calc.kClamped', { k: wanted.k, h: wanted.h, w: wanted.w, shown: setting.k })}
      </p>
    ) : undefined;

  let status = '';
  if (current.phase === 'flatten') {
    status = t('status.flatten', { index: current.index, value: formatNumber(current.value), row: current.row, col: current.col });
  } else if (current.phase === 'dense') {
    status = t('status.dense', { o: current.out, z: formatNumber(trace.logits.data[current.out], 4) });
  } else if (current.phase === 'softmax') {
    status = t('status.softmax', { o: current.out, p: formatNumber(trace.probs.data[current.out], 4) });
  } else if (current.phase === 'keras') {
    status = t('status.keras', { total: KERAS_TOTAL.toLocaleString('en-US') });
  } else {
    status = t('status.params', { params: result.params.toLocaleString('en-US'), conv: result.conv.weights.toLocaleString('en-US') });
  }

  return (
    <LessonLayout
      text={text}
      steps={trace.steps.length}
      sections={PHASES.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={phase}
      onSection={(id) => {
        pause();
        set({ step: phaseStart(trace, id as FlattenPhase) });
      }}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {current.phase === 'flatten' && <FlattenView trace={trace} upTo={current.index} onEdit={editInput} />}
      {current.phase === 'dense' && (
        <DenseView trace={trace} out={current.out} weights={Array.from(W.data)} bias={bias} onEditWeight={editWeight} onEditBias={editBias} />
      )}
      {current.phase === 'softmax' && <SoftmaxView trace={trace} out={current.out} />}
      {current.phase === 'keras' && <KerasView />}
      {current.phase === 'params' && (
        <CalcView setting={setting} result={result} set={setCalc} />
      )}
    </LessonLayout>
  );
}
