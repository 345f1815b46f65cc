/**
 * Lesson `kernels` (LESSONS.md L12, L13; lesson idea 9): a grey image convolved with preset or
 * typed kernels: sharpen on the lecture's corner (320, then the 4×4 corner), the outline kernel on
 * a 10 | 200 edge (0, −570, +570), the slide's mis-printed outline on a flat patch (900), and a
 * playground on a 16×16 picture; then the learner's own picture, the live camera or a drawing (`input`),
 * with kernels up to 7×7, padding and stride. Link parameters: see params.ts.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import {
  CELL,
  KernelOverlay,
  LessonLayout,
  ConvOutputGrid,
  MatrixGrid,
  ShownConvArithmetic,
  useShownConvStep,
  type Matrix,
  extent,
  formatNumber,
  useLessonParams,
  useLessonStep,
  windowCellClass,
  withLectureFallback,
} from '../../ui';
import { CUSTOM_PADDING, IMAGES, IMAGE_NAMES, PRESET_NAMES } from './fixtures';
import { type Source, kernelsParams } from './params';
import { PictureKernel } from './PictureKernel';
import { ShapeControls } from './ShapeControls';
import { SECTIONS, buildKernelTrace, kernelSum, presetOf, resizeKernel, resolveSettings, sectionOf } from './trace';
import './messages';
import './kernels.css';

/** Message keys of each section's paragraphs. */
const PARAGRAPHS = {
  sharpen: ['text.sharpen.p1', 'text.sharpen.p2', 'text.sharpen.p3'],
  outline: ['text.outline.p1', 'text.outline.p2'],
  slide: ['text.slide.p1', 'text.slide.p2'],
  playground: ['text.playground.p1', 'text.playground.p2'],
} as const satisfies Record<string, readonly MessageKeyOf<'kernels'>[]>;

/** Brightness domain of a grey image: 0–255, widened when the image holds other values. */
function greyDomain(values: ArrayLike<number>): [number, number] {
  const [lo, hi] = extent(values);
  return [Math.min(0, lo), Math.max(255, hi)];
}

export default function Kernels() {
  const { t } = useTranslation('kernels');
  const { values, ignored, set } = useLessonParams(kernelsParams);
  const settled = useMemo(
    () => withLectureFallback(buildKernelTrace, values, { ...values, padding: null, stride: 1 }, { ...values, kernel: null, padding: null, stride: 1 }),
    [values],
  );
  const trace = settled.result;
  const { kernel } = useMemo(() => resolveSettings(values), [values]);
  const source: Source = values.source;
  const ownPadding = values.input ? CUSTOM_PADDING : IMAGES[values.image].padding;
  const steps = trace.steps;
  const { step, pause } = useLessonStep(source === 'lesson' ? steps.length : 1);

  const view = useShownConvStep(steps, step);
  const { shown, pinnedStep, current } = view;

  const [, Hp, Wp] = trace.padded.shape;
  const [, outH, outW] = trace.outShape;
  const [, H, W] = trace.input.shape;
  const padded = trace.pads.top + trace.pads.bottom + trace.pads.left + trace.pads.right > 0;
  const section = sectionOf(values);
  const presetName = values.kernel ? (presetOf(values.kernel) ?? 'custom') : values.preset;
  const sum = kernelSum(kernel);
  const flat = Number((100 * sum).toPrecision(12)) + 0;
  const imageName = source !== 'lesson' ? source : values.input ? 'custom' : values.image;
  const domain = useMemo(() => greyDomain(trace.input.data), [trace]);

  const pickPreset = (name: string) => {
    if (!(PRESET_NAMES as string[]).includes(name)) return;
    set({ preset: name === 'sharpen' ? undefined : (name as (typeof PRESET_NAMES)[number]), kernel: undefined });
  };
  const editKernel = (r: number, c: number, v: number) => {
    const data = kernel.data.slice();
    data[r * kernel.shape[1] + c] = v;
    const next: Matrix = { shape: kernel.shape, data };
    const name = presetOf(next);
    if (name) pickPreset(name);
    else set({ kernel: next });
  };
  const pickImage = (name: string) => {
    if (name === 'picture' || name === 'camera') {
      pause();
      set({ source: name, step: undefined });
      return;
    }
    if (!(IMAGE_NAMES as string[]).includes(name)) return;
    pause();
    set({ source: undefined, image: name === 'corner' ? undefined : (name as (typeof IMAGE_NAMES)[number]), input: undefined, step: undefined });
  };
  const pickSection = (id: string) => {
    const s = SECTIONS.find((x) => x.id === id);
    if (!s) return;
    pause();
    set({
      image: s.image === 'corner' ? undefined : s.image,
      input: undefined,
      ...(s.preset ? { preset: s.preset === 'sharpen' ? undefined : s.preset, kernel: undefined } : {}),
      step: undefined,
    });
  };

  const showSlide = presetName === 'outline' || presetName === 'outline-slide';
  const text = (
    <>
      {section
        ? PARAGRAPHS[section].map((k: MessageKeyOf<'kernels'>) => <p key={k}>{t(k)}</p>)
        : (
            <>
              <p>{t('text.free.p1')}</p>
              {values.input && <p>{t('text.free.linkImage')}</p>}
            </>
          )}
      <p className="kernels-preset-text" data-testid="preset-text">{t(`presetText.${presetName}`)}</p>
      <h2>{t('text.sumTitle')}</h2>
      <p>{t('text.sum')}</p>
      {source !== 'lesson' && <p data-testid="picture-intro">{t('picture.intro', { res: values.res })}</p>}
      {showSlide && (
        <div className="lesson-aside" data-testid="slide-error">
          <h2>{t('slideAside.title')}</h2>
          <p>{t('slideAside.text')}</p>
          {presetName === 'outline' ? (
            <button type="button" data-testid="to-slide-kernel" onClick={() => pickPreset('outline-slide')}>{t('slideAside.toSlide')}</button>
          ) : (
            <button type="button" data-testid="to-correct-kernel" onClick={() => pickPreset('outline')}>{t('slideAside.toCorrect')}</button>
          )}
        </div>
      )}
    </>
  );

  const controls = (
    <>
      <label className="control">
        <span>{t('controls.image')}</span>
        <select data-testid="image" value={imageName} onChange={(e) => pickImage(e.target.value)}>
          {IMAGE_NAMES.map((n) => (
            <option key={n} value={n}>{t(`controls.images.${n}`)}</option>
          ))}
          {values.input && <option value="custom">{t('controls.images.custom')}</option>}
          <option value="picture">{t('controls.sources.picture')}</option>
          <option value="camera">{t('controls.sources.camera')}</option>
        </select>
      </label>
      <label className="control">
        <span>{t('controls.preset')}</span>
        <select data-testid="preset" value={presetName} onChange={(e) => pickPreset(e.target.value)}>
          {PRESET_NAMES.map((n) => (
            <option key={n} value={n}>{t(`controls.presets.${n}`)}</option>
          ))}
          {presetName === 'custom' && <option value="custom">{t('controls.presets.custom')}</option>}
        </select>
      </label>
      <button type="button" onClick={() => set({ kernel: undefined })} disabled={!values.kernel} data-testid="reset-kernel">
        {t('controls.resetKernel')}
      </button>
      <ShapeControls
        size={kernel.shape[0]}
        padding={values.padding}
        ownPadding={source !== 'lesson' ? Math.floor(kernel.shape[0] / 2) : typeof ownPadding === 'number' ? ownPadding : ownPadding.join(', ')}
        stride={values.stride}
        res={source === 'lesson' ? null : values.res}
        onSize={(k) => {
          pause();
          const next = resizeKernel(kernel, k);
          const name = presetOf(next);
          set({ kernel: name ? undefined : next, preset: name && name !== 'sharpen' ? name : undefined, step: undefined });
        }}
        onPadding={(p) => {
          pause();
          set({ padding: p ?? undefined, step: undefined });
        }}
        onStride={(s) => {
          pause();
          set({ stride: s === 1 ? undefined : s, step: undefined });
        }}
        onRes={(r) => set({ res: r === '64' ? undefined : (r as typeof values.res) })}
      />
      {settled.error && (
        <p role="alert" className="field-error" data-testid="kernel-error">{t('picture.noFit', { message: settled.error.message })}</p>
      )}
    </>
  );

  const kernelBlock = (
    <div className="kernels-kernel">
      <MatrixGrid
        role="kernel"
        label={t('grid.kernel', { rows: kernel.shape[0], cols: kernel.shape[1] })}
        caption={t('grid.kernel', { rows: kernel.shape[0], cols: kernel.shape[1] })}
        rows={kernel.shape[0]}
        cols={kernel.shape[1]}
        values={kernel.data}
        scale="signed"
        onEdit={editKernel}
      />
      <dl className="kernels-readouts">
        <div>
          <dt>{t('readout.sum')}</dt>
          <dd><output data-testid="kernel-sum" data-value={String(sum)}>{formatNumber(sum)}</output></dd>
        </div>
        <div>
          <dt>{t('readout.flat')}</dt>
          <dd><output data-testid="flat-response" data-value={String(flat)}>{formatNumber(flat)}</output></dd>
        </div>
      </dl>
    </div>
  );

  const status = current
    ? t('status', { k: step + 1, n: steps.length, row: current.row, col: current.col, value: formatNumber(current.result) })
    : '';
  const imageLabel = padded ? t('grid.padded', { rows: H, cols: W }) : t('grid.input', { rows: H, cols: W });

  return (
    <LessonLayout
      text={text}
      steps={source === 'lesson' ? steps.length : 1}
      sections={SECTIONS.map((s) => ({ id: s.id, label: t(`sections.${s.id}`) }))}
      section={section}
      onSection={pickSection}
      ignored={ignored}
      controls={controls}
      status={source === 'lesson' ? status : ''}
    >
      {source !== 'lesson' ? (
        <div className="kernels-picture">
          {kernelBlock}
          <PictureKernel
            source={source}
            res={Number(values.res)}
            kernel={kernel}
            padding={values.padding ?? Math.floor(kernel.shape[0] / 2)}
            stride={values.stride}
          />
        </div>
      ) : (
      <>
      <div className="kernels-grids">
        <MatrixGrid
          role="input"
          label={imageLabel}
          caption={imageLabel}
          rows={Hp}
          cols={Wp}
          values={trace.padded.data}
          scale="grey"
          domain={domain}
          pads={trace.pads}
          cellClass={windowCellClass(shown)}
          overlay={shown && <KernelOverlay row={shown.origin.row} col={shown.origin.col} rows={shown.kernel.shape[1]} cols={shown.kernel.shape[2]} weights={shown.kernel.data} faded={!!pinnedStep} />}
        />
        <span className="op-sign" aria-hidden="true">⊛</span>
        {kernelBlock}
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
          cellSize={outW > 12 ? CELL.sm : undefined}
        />
      </div>
      {shown && (
        <ShownConvArithmetic
          view={view}
          className="kernels-arith"
          title={t('cellTitle', { row: shown.row, col: shown.col })}
          pinnedNote={pinnedStep && t('pinned', { row: pinnedStep.row, col: pinnedStep.col, k: step + 1 })}
        />
      )}
      </>
      )}
    </LessonLayout>
  );
}
