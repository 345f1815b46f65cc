/**
 * Lesson `conv-walk` (LESSONS.md L09, L10, L19): the 5×5 binary image and the X kernel, nine
 * windows to 4 3 4 / 2 4 3 / 2 3 4; then padding 1 (5×5 output) and stride 2 (2×2). The
 * learner toggles image cells, edits kernel cells, and can switch to the slide's variant B to
 * find the slide's error. Link parameters: `input`, `kernel` (rows `;`, values `,`), `padding`,
 * `stride`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvTrace } from '../../core';
import type { MessageKeyOf } from '../../i18n';
import {
  intParam,
  KernelOverlay,
  LessonLayout,
  ConvOutputGrid,
  MatrixGrid,
  ShownConvArithmetic,
  useShownConvStep,
  type Matrix,
  formatNumber,
  matrixFromRows,
  matrixParam,
  useLessonParams,
  useLessonStep,
  windowCellClass,
  withLectureFallback,
} from '../../ui';
import { IMAGE_A, IMAGE_B, KERNEL_X, SLIDE_ERROR } from './fixtures';
import { type ConvWalkSettings, SECTIONS, type SectionId, buildConvWalk, sectionOf } from './trace';
import './messages';
import './conv-walk.css';

const DEFAULT_INPUT = matrixFromRows(IMAGE_A);
const VARIANT_B = matrixFromRows(IMAGE_B);
const DEFAULT_KERNEL = matrixFromRows(KERNEL_X);

const table = {
  input: matrixParam(DEFAULT_INPUT, { binary: true, minSide: 3, maxSide: 9 }),
  kernel: matrixParam(DEFAULT_KERNEL, { minSide: 1, maxSide: 5 }),
  padding: intParam(0, 0, 3),
  stride: intParam(1, 1, 4),
};

const sameMatrix = (a: Matrix, b: Matrix) =>
  a.shape[0] === b.shape[0] && a.shape[1] === b.shape[1] && a.data.every((v, i) => v === b.data[i]);

/** The trace for the settings, or (when the kernel does not fit) the lecture's kernel and the reason. */
function traceFor(v: ConvWalkSettings): { trace: ConvTrace; error?: string } {
  const lecture = { input: DEFAULT_INPUT, kernel: DEFAULT_KERNEL, padding: 0, stride: 1 };
  const { result, error } = withLectureFallback(buildConvWalk, v, { ...v, kernel: DEFAULT_KERNEL }, lecture);
  return { trace: result, error: error?.message };
}

export default function ConvWalk() {
  const { t } = useTranslation('conv-walk');
  const { values, ignored, set } = useLessonParams(table);
  const { trace, error } = useMemo(() => traceFor(values), [values]);
  const steps = trace.steps;
  const { step, pause } = useLessonStep(steps.length);

  const view = useShownConvStep(steps, step);
  const { shown, pinnedStep, current } = view;

  const [, Hp, Wp] = trace.padded.shape;
  const [, , kh, kw] = trace.weights.shape;
  const [, outH, outW] = trace.outShape;
  const p = values.padding;
  const input = values.input;
  const kernel = error ? DEFAULT_KERNEL : values.kernel;
  const section = sectionOf(values.padding, values.stride);
  const isA = sameMatrix(input, DEFAULT_INPUT);
  const isB = sameMatrix(input, VARIANT_B);

  const toggle = (r: number, c: number) => {
    const ir = r - trace.pads.top;
    const ic = c - trace.pads.left;
    if (ir < 0 || ic < 0 || ir >= input.shape[0] || ic >= input.shape[1]) return;
    const data = input.data.slice();
    data[ir * input.shape[1] + ic] = 1 - data[ir * input.shape[1] + ic];
    const next = { shape: input.shape, data };
    set({ input: sameMatrix(next, DEFAULT_INPUT) ? undefined : next });
  };
  const editKernel = (r: number, c: number, v: number) => {
    const data = kernel.data.slice();
    data[r * kernel.shape[1] + c] = v;
    const next = { shape: kernel.shape, data };
    set({ kernel: sameMatrix(next, DEFAULT_KERNEL) ? undefined : next });
  };
  const pickSection = (id: string) => {
    const s = SECTIONS.find((x) => x.id === id);
    if (!s) return;
    pause();
    set({ padding: s.padding || undefined, stride: s.stride === 1 ? undefined : s.stride, step: undefined });
  };

  const textKey: SectionId = section ?? (values.stride > 1 ? 'stride' : values.padding > 0 ? 'padding' : 'valid');
  const paragraphs = convWalkTextKeys[textKey].map((k) => t(k));
  const text = (
    <>
      {paragraphs.map((para, i) => (
        <p key={i}>{para}</p>
      ))}
      <p>{t('text.tryIt')}</p>
      <div className="lesson-aside" data-testid="slide-error">
        <h2>{t('slide.title')}</h2>
        <p>{t('slide.text')}</p>
        {isB && <p><strong>{t('slide.isB', { actual: SLIDE_ERROR.actual, printed: SLIDE_ERROR.printed })}</strong></p>}
        {!isA && !isB && <p>{t('slide.custom')}</p>}
        {isB ? (
          <button type="button" onClick={() => set({ input: undefined })} data-testid="variant-a">{t('slide.toA')}</button>
        ) : (
          <button type="button" onClick={() => set({ input: VARIANT_B })} data-testid="variant-b">{t('slide.toB')}</button>
        )}
      </div>
    </>
  );

  const controls = (
    <>
      <label className="control">
        <span>{t('controls.padding')}</span>
        <select data-testid="padding" value={values.padding} onChange={(e) => set({ padding: Number(e.target.value) || undefined, step: undefined })}>
          {[0, 1, 2, 3].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <label className="control">
        <span>{t('controls.stride')}</span>
        <select data-testid="stride" value={values.stride} onChange={(e) => set({ stride: Number(e.target.value) === 1 ? undefined : Number(e.target.value), step: undefined })}>
          {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <button type="button" onClick={() => set({ input: undefined })} disabled={isA}>{t('controls.resetImage')}</button>
      <button type="button" onClick={() => set({ kernel: undefined })} disabled={sameMatrix(kernel, DEFAULT_KERNEL)}>{t('controls.resetKernel')}</button>
      {error && <p role="alert" className="field-error control-error">{t('error', { message: error })}</p>}
    </>
  );

  const inWindow = windowCellClass(shown);
  const status = current
    ? t('status', { k: step + 1, n: steps.length, row: current.row, col: current.col, value: formatNumber(current.result) })
    : '';

  return (
    <LessonLayout
      text={text}
      steps={steps.length}
      sections={SECTIONS.map((s) => ({ id: s.id, label: t(`sections.${s.id}`) }))}
      section={section}
      onSection={pickSection}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      <div className="conv-walk-grids">
        <MatrixGrid
          role={p > 0 ? 'padded' : 'input'}
          label={p > 0 ? t('grid.padded', { rows: Hp, cols: Wp, p }) : t('grid.input', { rows: Hp, cols: Wp })}
          caption={p > 0 ? t('grid.padded', { rows: Hp, cols: Wp, p }) : t('grid.input', { rows: Hp, cols: Wp })}
          rows={Hp}
          cols={Wp}
          values={trace.padded.data}
          scale="ink"
          domain={[0, 1]}
          pads={trace.pads}
          cellClass={inWindow}
          onToggle={toggle}
          overlay={shown && <KernelOverlay row={shown.origin.row} col={shown.origin.col} rows={kh} cols={kw} weights={shown.kernel.data} faded={!!pinnedStep} />}
        />
        <span className="op-sign" aria-hidden="true">⊛</span>
        <MatrixGrid
          role="kernel"
          label={t('grid.kernel', { rows: kh, cols: kw })}
          caption={t('grid.kernel', { rows: kh, cols: kw })}
          rows={kh}
          cols={kw}
          values={kernel.data}
          scale="signed"
          onEdit={editKernel}
        />
        <span className="op-sign" aria-hidden="true">=</span>
        <ConvOutputGrid
          view={view}
          steps={steps}
          step={step}
          role="output"
          label={t('grid.output', { rows: outH, cols: outW })}
          caption={t('grid.output', { rows: outH, cols: outW })}
          rows={outH}
          cols={outW}
          values={trace.output.data}
          scale="signed"
        />
      </div>
      {shown && (
        <ShownConvArithmetic
          view={view}
          className="conv-walk-arith"
          title={t('cellTitle', { row: shown.row, col: shown.col })}
          pinnedNote={pinnedStep && t('pinned', { row: pinnedStep.row, col: pinnedStep.col, k: step + 1 })}
        />
      )}
    </LessonLayout>
  );
}

/** Message keys of each section's paragraphs. */
const convWalkTextKeys = {
  valid: ['text.valid.p1', 'text.valid.p2', 'text.valid.p3'],
  padding: ['text.padding.p1', 'text.padding.p2', 'text.padding.p3'],
  stride: ['text.stride.p1', 'text.stride.p2'],
} as const satisfies Record<SectionId, readonly MessageKeyOf<'conv-walk'>[]>;
