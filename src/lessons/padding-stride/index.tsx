/**
 * Lesson `padding-stride` (LESSONS.md L10, L17, L18): input size, filter size, padding (valid /
 * same / full / a number), stride and dilation; the padded input and the output drawn to scale;
 * the output-size formula with the current numbers; the seven conv-arithmetic cases as presets,
 * the odd case with its never-visited row and column. Link parameters: `size`, `kernel`,
 * `padding`, `stride`, `dilation`, `step`.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  type ParamSpec,
  intParam,
  KernelOverlay,
  LessonLayout,
  ConvOutputGrid,
  MatrixGrid,
  ShownConvArithmetic,
  useShownConvStep,
  NumberField,
  Tex,
  CELL,
  defaultCellSize,
  formatNumber,
  useLessonParams,
  useLessonStep,
  windowCellClass,
  withLectureFallback,
} from '../../ui';
import { errorMessage } from '../../core';
import { PRESETS, type PaddingSetting } from './fixtures';
import { LIMITS, type PadStrideModel, type PadStrideSettings, SettingError, buildPadStride } from './trace';
import './messages';
import './padding-stride.css';

const paddingParam: ParamSpec<PaddingSetting> = {
  defaultValue: 0,
  parse(raw) {
    if (raw === 'valid' || raw === 'same' || raw === 'full') return raw;
    if (!/^\d+$/.test(raw)) return undefined;
    const n = Number(raw);
    return n <= LIMITS.padding ? n : undefined;
  },
  format: (v) => String(v),
};

const table = {
  size: intParam(5, 1, LIMITS.size),
  kernel: intParam(3, 1, LIMITS.kernel),
  padding: paddingParam,
  stride: intParam(1, 1, LIMITS.stride),
  dilation: intParam(1, 1, LIMITS.dilation),
};

const DEFAULTS: PadStrideSettings = { size: 5, kernel: 3, padding: 0, stride: 1, dilation: 1 };

/** The learner's message for settings the lesson or the core refuses. */
function explain(e: unknown, s: PadStrideSettings, t: TFunction<'padding-stride'>): string {
  if (e instanceof SettingError) {
    return t('err.range', { name: t(`controls.${e.key}`), min: e.key === 'padding' ? 0 : 1, max: e.limit });
  }
  const message = errorMessage(e);
  if (/stride must be/.test(message)) return t('err.stride', { value: s.stride });
  if (/dilation must be/.test(message)) return t('err.dilation');
  if (/padding must be/.test(message)) return t('err.padding');
  if (/does not fit/.test(message)) {
    const p = typeof s.padding === 'number' ? s.padding : 0;
    return t('err.fit', { f: s.kernel, span: (s.kernel - 1) * s.dilation + 1, padded: s.size + 2 * p });
  }
  return t('err.core', { message });
}

function samePreset(s: PadStrideSettings, p: PadStrideSettings) {
  return s.size === p.size && s.kernel === p.kernel && s.padding === p.padding && s.stride === p.stride && s.dilation === p.dilation;
}

/** The formula lines (TeX and text) with the current numbers. */
function formulaLines(s: PadStrideSettings, m: PadStrideModel) {
  const { top, bottom } = m.pads;
  const sym = top === bottom;
  const F = s.dilation > 1 ? 'F_{\\text{eff}}' : 'F';
  const padTex = sym ? '2P' : 'P_{\\text{before}} + P_{\\text{after}}';
  const padNum = sym ? `2\\cdot ${top}` : `${top} + ${bottom}`;
  const padTxt = sym ? `2·${top}` : `${top} + ${bottom}`;
  const exact = formatNumber(m.exact, 3).replace('−', '-');
  const tail = m.isWhole ? `= ${m.size}` : `= ${exact} \\;\\to\\; \\lfloor ${exact} \\rfloor = ${m.size}`;
  const tailTxt = m.isWhole ? `= ${m.size}` : `= ${formatNumber(m.exact, 3)} → ${m.size}`;
  return {
    general: { tex: `\\dfrac{D - ${F} + ${padTex}}{S} + 1`, text: `(D − F + ${sym ? '2P' : 'P before + P after'}) / S + 1` },
    numbers: {
      tex: `\\dfrac{${s.size} - ${m.span} + ${padNum}}{${s.stride}} + 1 ${tail}`,
      text: `(${s.size} − ${m.span} + ${padTxt}) / ${s.stride} + 1 ${tailTxt}`,
    },
  };
}

export default function PaddingStride() {
  const { t } = useTranslation('padding-stride');
  const { values, ignored, set } = useLessonParams(table);
  const { model, linkError } = useMemo(() => {
    const { result, error } = withLectureFallback(buildPadStride, values, DEFAULTS);
    return { model: result, linkError: error ? explain(error, values, t) : null };
  }, [values, t]);
  const settings: PadStrideSettings = linkError ? DEFAULTS : values;
  const steps = model.trace.steps;
  const { step, pause } = useLessonStep(steps.length);
  const [modeError, setModeError] = useState<string | null>(null);

  const view = useShownConvStep(steps, step);
  const { shown, pinnedStep, current } = view;
  const n = model.padded;
  const out = model.size;
  const cellSize = defaultCellSize(n, n);
  const { top, bottom, left, right } = model.pads;
  const anyPad = top + bottom + left + right > 0;

  const tryCommit = (patch: Partial<PadStrideSettings>): string | null => {
    const next = { ...settings, ...patch };
    try {
      buildPadStride(next);
    } catch (e) {
      return `${explain(e, next, t)} ${t('err.kept')}`;
    }
    pause();
    set({ ...patch, step: undefined });
    return null;
  };
  const notNumber = (text: string) => `${t('err.notNumber', { text })} ${t('err.kept')}`;

  const paddingMode = typeof settings.padding === 'number' ? 'number' : settings.padding;
  const controls = (
    <>
      <NumberField testId="size" label={t('controls.size')} value={settings.size} notNumber={notNumber} onCommit={(v) => tryCommit({ size: v })} />
      <NumberField testId="kernel" label={t('controls.kernel')} value={settings.kernel} notNumber={notNumber} onCommit={(v) => tryCommit({ kernel: v })} />
      <div className="control">
        <label htmlFor="ps-padding-mode">{t('controls.paddingMode')}</label>
        <select
          id="ps-padding-mode"
          data-testid="padding-mode"
          value={paddingMode}
          onChange={(e) => {
            const mode = e.target.value;
            setModeError(tryCommit({ padding: mode === 'number' ? top : (mode as PaddingSetting) }));
          }}
        >
          {(['valid', 'same', 'full', 'number'] as const).map((m) => (
            <option key={m} value={m}>{t(`controls.${m}`)}</option>
          ))}
        </select>
        {modeError && <p role="alert" className="field-error">{modeError}</p>}
      </div>
      <NumberField
        testId="padding"
        label={t('controls.padding')}
        value={typeof settings.padding === 'number' ? settings.padding : top}
        disabled={typeof settings.padding !== 'number'}
        notNumber={notNumber}
        onCommit={(v) => tryCommit({ padding: v })}
      />
      <NumberField testId="stride" label={t('controls.stride')} value={settings.stride} notNumber={notNumber} onCommit={(v) => tryCommit({ stride: v })} />
      <NumberField testId="dilation" label={t('controls.dilation')} value={settings.dilation} notNumber={notNumber} onCommit={(v) => tryCommit({ dilation: v })} />
      {linkError && <p role="alert" className="notice ps-link-error">{t('err.link', { message: linkError })}</p>}
    </>
  );

  const f = formulaLines(settings, model);
  const lastRealRow = top + settings.size - 1;
  const uncoveredIsPadding = model.uncovered > 0 && n - model.uncovered > lastRealRow;
  const inWindow = windowCellClass(shown);
  const paddedLabel = !anyPad
    ? t('grid.input', { n })
    : top === bottom && left === right && top === left
      ? t('grid.padded', { n, p: top })
      : t('grid.paddedSides', { n, t: top, b: bottom, l: left, r: right });

  const text = (
    <>
      <fieldset className="ps-presets">
        <legend>{t('controls.presets')}</legend>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            data-testid={`preset-${p.id}`}
            aria-pressed={samePreset(settings, p)}
            onClick={() => {
              pause();
              setModeError(null);
              set({ size: p.size, kernel: p.kernel, padding: p.padding, stride: p.stride, dilation: p.dilation === 1 ? undefined : p.dilation, step: undefined });
            }}
          >
            {t(`presets.${p.id}`)}
          </button>
        ))}
      </fieldset>
      {(['p1', 'p2', 'p3', 'p4', 'p5'] as const).map((k) => (
        <p key={k}>{t(`text.${k}`)}</p>
      ))}
    </>
  );

  return (
    <LessonLayout
      text={text}
      steps={steps.length}
      ignored={ignored}
      controls={controls}
      status={current ? t('status', { k: step + 1, n: steps.length, row: current.row, col: current.col, value: formatNumber(current.result) }) : ''}
    >
      <div className="ps-grids">
        <MatrixGrid
          role={anyPad ? 'padded' : 'input'}
          label={paddedLabel}
          caption={paddedLabel}
          rows={n}
          cols={n}
          values={model.trace.padded.data}
          scale="grey"
          domain={[0, 9]}
          pads={model.pads}
          cellSize={cellSize}
          cellClass={(r, c) => {
            const w = inWindow(r, c);
            const u = model.covered[r * n + c] ? undefined : 'uncovered';
            return w && u ? `${w} ${u}` : (w ?? u);
          }}
          overlay={
            shown && (
              <KernelOverlay
                row={shown.origin.row}
                col={shown.origin.col}
                rows={settings.kernel}
                cols={settings.kernel}
                weights={cellSize >= CELL.xs ? shown.kernel.data : undefined}
                dilation={[settings.dilation, settings.dilation]}
                faded={!!pinnedStep}
              />
            )
          }
        />
        <span className="op-sign" aria-hidden="true">→</span>
        <ConvOutputGrid
          view={view}
          steps={steps}
          step={step}
          role="output"
          label={t('grid.output', { n: out })}
          caption={t('grid.output', { n: out })}
          rows={out}
          cols={out}
          values={model.trace.output.data}
          scale="signed"
          cellSize={cellSize}
        />
      </div>
      <section className="ps-formula" aria-labelledby="ps-formula-title">
        <h2 id="ps-formula-title">{t('formula.title')}</h2>
        <p className="ps-formula-line"><Tex tex={f.general.tex} label={f.general.text} /></p>
        <p className="ps-formula-line"><Tex tex={f.numbers.tex} label={f.numbers.text} /></p>
        {settings.dilation > 1 && <p>{t('formula.span', { f: settings.kernel, d: settings.dilation, span: model.span })}</p>}
        {top !== bottom && <p>{t('formula.asym', { t: top, b: bottom })}</p>}
        <p className="ps-output-size">
          {t('formula.result')}:{' '}
          <output data-testid="output-size" data-value={String(out)} data-exact={String(model.exact)}>
            {out}
          </output>
          <span className="ps-output-shape"> ({out}×{out})</span>
        </p>
        <p className="ps-kernel-note">{t('grid.kernelNote', { f: settings.kernel })}</p>
      </section>
      {!model.isWhole && (
        <section className="lesson-aside ps-odd" data-testid="odd-case">
          <h3>{t('odd.title')}</h3>
          <p>{t('odd.text', { exact: formatNumber(model.exact, 3), size: out, u: model.uncovered })}</p>
          <p>{uncoveredIsPadding ? t('odd.pad') : t('odd.real')}</p>
        </section>
      )}
      {shown && <ShownConvArithmetic view={view} className="ps-arith" title={t('cellTitle', { row: shown.row, col: shown.col })} />}
    </LessonLayout>
  );
}
