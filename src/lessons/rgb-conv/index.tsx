/**
 * Lesson `rgb-conv` (LESSONS.md L11, L03, L17): one filter with three kernel slices over the red,
 * green and blue channels, 308 + (−498) + 164 + 1 = −25, then the whole output; several filters
 * giving several activation maps; the layer's parameter and multiplication counts next to a fully
 * connected layer. Link parameters: `part`, `kernel`, `bias`, `size`, `channels`, `filter`,
 * `filters`, `padding`, `stride`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import { type GridCell, LessonLayout, clampCrop, cropChannels, downsample, formatNumber, useLessonParams, useLessonStep, usePicture, usePinnedCell, withLectureFallback } from '../../ui';
import { CROP_GRID, OwnCrop } from './OwnCrop';
import { CHANNEL_NAMES, ConvPart } from './ConvPart';
import { FiltersPart } from './FiltersPart';
import { ParamsPart } from './ParamsPart';
import { type LayerPreset, PRESET_L17, RGB_BIAS, RGB_IMAGE, RGB_PADDING } from './fixtures';
import { CALC_RANGES, isLectureKernel, kernelFrom, kernelToMatrix, rgbParams } from './params';
import { type LayerCounts, MAX_FILTERS, activationMaps, filterBank, layerCounts, rgbSteps, rgbTrace } from './trace';
import './messages';
import './rgb-conv.css';

type Part = 'conv' | 'filters' | 'params';
const PARTS: Part[] = ['conv', 'filters', 'params'];
const PARAGRAPHS: Record<Part, readonly MessageKeyOf<'rgb-conv'>[]> = {
  conv: ['text.conv.p1', 'text.conv.p2', 'text.conv.p3', 'text.conv.p4'],
  filters: ['text.filters.p1', 'text.filters.p2', 'text.filters.p3'],
  params: ['text.params.p1', 'text.params.p2', 'text.params.p3'],
};
const PARAM_LINES = 6;

export default function RgbConv() {
  const { t, i18n } = useTranslation('rgb-conv');
  const { values, ignored, set } = useLessonParams(rgbParams);
  const kernel = useMemo(() => kernelFrom(values.kernel), [values.kernel]);
  const picture = usePicture();
  const side = RGB_IMAGE[0].length;
  const grid = useMemo(() => (picture ? downsample(picture, Math.min(CROP_GRID, picture.width, picture.height)) : null), [picture]);
  const crop = grid ? clampCrop(values.crow, values.ccol, grid.size, side) : { row: 0, col: 0 };
  const own = values.own && grid !== null && grid.size >= side;
  const image = useMemo(() => (own && grid ? cropChannels(grid, crop.row, crop.col, side) : RGB_IMAGE), [own, grid, crop.row, crop.col, side]);
  const trace = useMemo(() => rgbTrace(image, kernel, values.bias, RGB_PADDING), [image, kernel, values.bias]);
  const steps = useMemo(() => rgbSteps(trace), [trace]);
  const bank = useMemo(() => filterBank(kernel, values.bias).slice(0, MAX_FILTERS), [kernel, values.bias]);
  const maps = useMemo(() => activationMaps(image, bank, RGB_PADDING), [image, bank]);
  const linked: LayerPreset = {
    size: values.size,
    channels: values.channels,
    filter: values.filter,
    filters: values.filters,
    padding: values.padding,
    stride: values.stride,
  };
  const layerKey = JSON.stringify(linked);
  const { layer, counts, error: layerError } = useMemo(() => countsOrLecture(JSON.parse(layerKey) as LayerPreset), [layerKey]);
  const part = values.part;
  const stepCount = part === 'conv' ? steps.length : part === 'filters' ? MAX_FILTERS : PARAM_LINES;
  const { step, pause, goTo } = useLessonStep(stepCount);
  const [pinned, onHover] = usePinnedCell();
  const [, , outW] = trace.conv.outShape;

  const editKernel = (c: number, r: number, col: number, v: number) => {
    const next = kernel.map((ch) => ch.map((row) => [...row]));
    next[c][r][col] = v;
    set({ kernel: isLectureKernel(next) ? undefined : kernelToMatrix(next) });
  };
  const setBias = (v: number): string | null => {
    if (v < -1000 || v > 1000) return t('controls.outOfRange', { name: t('controls.bias'), min: -1000, max: 1000 });
    set({ bias: v === RGB_BIAS ? undefined : v });
    return null;
  };
  const setField = (key: keyof LayerPreset, v: number): string | null => {
    const [min, max] = CALC_RANGES[key];
    if (v < min || v > max) return t('controls.outOfRange', { name: t(`controls.${key}`), min, max });
    const next = { ...layer, [key]: v };
    if (next.filter > next.size + 2 * next.padding) {
      return t('controls.noFit', { F: next.filter, D: next.size, P: next.padding });
    }
    set({ [key]: v === PRESET_L17[key] ? undefined : v });
    return null;
  };
  const setPreset = (p: LayerPreset) => {
    const patch: Partial<Record<keyof LayerPreset, number | undefined>> = {};
    for (const k of Object.keys(p) as (keyof LayerPreset)[]) patch[k] = p[k] === PRESET_L17[k] ? undefined : p[k];
    set(patch);
  };
  const select = (cell: GridCell) => {
    goTo(3 + cell.row * outW + cell.col);
  };

  // The prose quotes the first window's sums as this page computes them: the lecture's 308, −498, 164 and −25
  // with its pixels, kernel and bias; the learner's own numbers once any of them changes.
  const first = trace.steps[0];
  const [r, g, b] = first.channelSums;
  const term = (v: number) => (v < 0 ? `(${formatNumber(v)})` : formatNumber(v));
  const firstWindow = {
    r: formatNumber(r),
    g: formatNumber(g),
    b: formatNumber(b),
    sum: `${[r, g, b, values.bias].map((v, i) => (i === 0 ? formatNumber(v) : term(v))).join(' + ')} = ${formatNumber(first.result)}`,
  };
  const text = (
    <>
      {PARAGRAPHS[part].map((k) => (
        <p key={k}>{t(k, firstWindow)}</p>
      ))}
      {part === 'conv' && <p className="lesson-aside">{t('text.conv.beyond')}</p>}
      {/* 337 and −25 are the lecture's kernel, bias and pixels: the note goes once any of them changes. */}
      {part === 'conv' && isLectureKernel(kernel) && values.bias === RGB_BIAS && !own && <p data-testid="flipped-note">{t('readout.flipped')}</p>}
      {own && <p className="lesson-aside" data-testid="own-note">{t('own.using', { row: crop.row, r2: crop.row + side - 1, col: crop.col, c2: crop.col + side - 1 })}</p>}
    </>
  );
  const controls =
    part === 'conv' || part === 'filters' ? (
      <button
        type="button"
        data-testid="reset"
        onClick={() => set({ kernel: undefined, bias: undefined })}
        disabled={isLectureKernel(kernel) && values.bias === RGB_BIAS}
      >
        {t('controls.reset')}
      </button>
    ) : undefined;

  const current = steps[Math.min(step, steps.length - 1)];
  const status =
    part === 'conv'
      ? current.kind === 'channel'
        ? t('status.channel', { name: t(`channel.${CHANNEL_NAMES[current.channel]}`), value: current.conv.channelSums[current.channel] })
        : t('status.output', { row: current.conv.row, col: current.conv.col, value: formatNumber(current.conv.result) })
      : part === 'filters'
        ? t('status.filters', { k: step + 1 })
        : t('status.params', { k: step + 1 });

  return (
    <LessonLayout
      text={text}
      steps={stepCount}
      sections={PARTS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={part}
      onSection={(id) => {
        pause();
        set({ part: id === 'conv' ? undefined : (id as Part), step: undefined });
      }}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {part === 'conv' && (
        <ConvPart
          trace={trace}
          steps={steps}
          step={step}
          bias={values.bias}
          pinned={pinned}
          onHover={onHover}
          onSelect={select}
          onEditKernel={editKernel}
          onBias={setBias}
        />
      )}
      {(part === 'conv' || part === 'filters') && (
        <OwnCrop
          grid={grid}
          on={own}
          row={crop.row}
          col={crop.col}
          side={side}
          onToggle={(on) => set({ own: on ? true : undefined })}
          onMove={(row, col) => set({ crow: row || undefined, ccol: col || undefined })}
        />
      )}
      {part === 'filters' && <FiltersPart maps={maps} filters={bank} step={step} />}
      {part === 'params' && (
        <ParamsPart
          layer={layer}
          counts={counts}
          step={step}
          lang={i18n.language}
          error={layerError && t('controls.badLayer', { message: layerError })}
          onField={setField}
          onPreset={setPreset}
        />
      )}
    </LessonLayout>
  );
}

/**
 * Counts for the layer in the link. A combination that cannot work (a filter larger than the
 * padded input, typed into the link) falls back to the lecture's example, with the reason.
 */
function countsOrLecture(layer: LayerPreset): { layer: LayerPreset; counts: LayerCounts; error?: string } {
  const { result, settings, error } = withLectureFallback(layerCounts, layer, PRESET_L17);
  return { layer: settings, counts: result, error: error?.message };
}
