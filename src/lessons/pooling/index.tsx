/**
 * Lesson `pooling` (LESSONS.md L08, L21–L23): 2×2 max pooling with stride 2 on the lectures' three
 * 4×4 grids, 3×3 max pooling with stride 1 on the 5×5 grid, average pooling (and that it equals a
 * strided convolution with weights 1/n), global pooling, ceil mode, and what a one-pixel shift
 * does. Link parameters: `grid`, `kind`, `size`, `stride`, `ceil`, `global`, `shift`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import {
  ArithmeticPanel,
  type GridCell,
  KernelOverlay,
  LessonLayout,
  MatrixGrid,
  formatNumber,
  poolArithmetic,
  poolWindowCellClass,
  useLessonParams,
  useLessonStep,
  usePinnedCell,
  markPinnedAndCurrent,
  cellSpan,
  defaultCellSize,
  withLectureFallback,
  NumberField,
} from '../../ui';
import { ConvTwin, GlobalReadout, ShiftPanel, SizeReadout } from './Extras';
import { GRIDS, type GridName } from './fixtures';
import { GRID_NAMES, MAX_STRIDE, MAX_WINDOW, PRESETS, type PresetId, poolingParams, presetOf, settingsFrom } from './params';
import { type PoolingSettings, poolingLesson, shiftGridLeft } from './trace';
import './messages';
import './pooling.css';

/** Message key of each grid's name in the grid menu. */
const GRID_LABELS = {
  a: 'controls.gridA',
  b: 'controls.gridB',
  c: 'controls.gridC',
  'conv-arith': 'controls.gridConv-arith',
} as const satisfies Record<GridName, MessageKeyOf<'pooling'>>;

export default function Pooling() {
  const { t } = useTranslation('pooling');
  const { values, ignored, set } = useLessonParams(poolingParams);
  const grid = GRIDS[values.grid];
  // The lesson for the link's settings; settings that cannot work fall back to the grid's lecture setting.
  const { result: lesson, settings, error } = useMemo(
    () =>
      withLectureFallback((s: PoolingSettings) => poolingLesson(grid.rows, s), settingsFrom(values), {
        kind: values.kind,
        size: grid.size,
        stride: grid.stride,
        ceil: false,
        global: values.global,
      }),
    [grid, values],
  );
  const shifted = useMemo(() => (values.shift ? poolingLesson(shiftGridLeft(grid.rows), settings) : null), [grid, settings, values.shift]);
  const steps = lesson.trace.steps;
  const { step, pause, goTo } = useLessonStep(steps.length);
  const [pinned, onHover] = usePinnedCell();
  const preset = presetOf(values);

  const [H, W] = lesson.input.shape;
  const [, outH, outW] = lesson.trace.outShape;
  const current = steps[step];
  const pinnedStep = pinned ? steps.find((s) => s.row === pinned.row && s.col === pinned.col) : undefined;
  const shown = pinnedStep ?? current;
  const partial = shown.count < shown.patch.data.length;

  const pickPreset = (id: string) => {
    const p: { grid: GridName; kind: 'max' | 'avg'; ceil: boolean; global: boolean; shift: boolean; size?: number; stride?: number } =
      PRESETS[id as PresetId];
    pause();
    set({
      grid: p.grid === 'a' ? undefined : p.grid,
      kind: p.kind === 'max' ? undefined : p.kind,
      size: p.size ?? undefined,
      stride: p.stride ?? undefined,
      ceil: p.ceil || undefined,
      global: p.global || undefined,
      shift: p.shift || undefined,
      step: undefined,
    });
  };
  const setSize = (v: number) => {
    if (v < 1 || v > MAX_WINDOW) return t('controls.range', { name: t('controls.size'), min: 1, max: MAX_WINDOW });
    if (v > H || v > W) return t('controls.tooBig', { size: v, rows: H, cols: W });
    set({ size: v === grid.size ? undefined : v, global: undefined, step: undefined });
    return null;
  };
  const setStride = (v: number) => {
    if (v < 1 || v > MAX_STRIDE) return t('controls.range', { name: t('controls.stride'), min: 1, max: MAX_STRIDE });
    set({ stride: v === grid.stride ? undefined : v, global: undefined, step: undefined });
    return null;
  };

  const textKeys: ('intro.p1' | 'intro.p2' | 'intro.p3' | 'overlap' | 'avg' | 'global' | 'ceil' | 'shift')[] = ['intro.p1', 'intro.p2', 'intro.p3'];
  if (settings.size === 3 && settings.stride === 1 && values.grid === 'conv-arith' && settings.kind === 'max' && !settings.global) textKeys.push('overlap');
  if (settings.kind === 'avg' && !settings.global) textKeys.push('avg');
  if (settings.global) textKeys.push('global');
  if (settings.ceil) textKeys.push('ceil');
  if (values.shift) textKeys.push('shift');
  const text = (
    <>
      {textKeys.map((k) => (
        <p key={k}>{t(`text.${k}`)}</p>
      ))}
      <p className="lesson-aside">{t('text.slides')}</p>
    </>
  );

  const controls = (
    <>
      <label className="control">
        <span>{t('controls.grid')}</span>
        <select data-testid="grid-select" value={values.grid} onChange={(e) => set({ grid: e.target.value === 'a' ? undefined : (e.target.value as GridName), size: undefined, stride: undefined, step: undefined })}>
          {GRID_NAMES.map((g) => (
            <option key={g} value={g}>
              {t(GRID_LABELS[g])}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span>{t('controls.kind')}</span>
        <select data-testid="kind" value={values.kind} onChange={(e) => set({ kind: e.target.value === 'max' ? undefined : (e.target.value as 'avg') })}>
          <option value="max">{t('controls.max')}</option>
          <option value="avg">{t('controls.avg')}</option>
        </select>
      </label>
      <NumberField label={t('controls.size')} value={settings.size} testId="size" disabled={settings.global} notNumber={(text) => t('controls.notWhole', { text })} onCommit={setSize} />
      <NumberField label={t('controls.stride')} value={settings.stride} testId="stride" disabled={settings.global} notNumber={(text) => t('controls.notWhole', { text })} onCommit={setStride} />
      <label className="control pool-check">
        <input type="checkbox" data-testid="ceil" checked={values.ceil} disabled={settings.global} onChange={(e) => set({ ceil: e.target.checked || undefined, step: undefined })} />
        <span>{t('controls.ceil')}</span>
      </label>
      <label className="control pool-check">
        <input type="checkbox" data-testid="global" checked={values.global} onChange={(e) => set({ global: e.target.checked || undefined, step: undefined })} />
        <span>{t('controls.global')}</span>
      </label>
      <label className="control pool-check">
        <input type="checkbox" data-testid="shift" checked={values.shift} onChange={(e) => set({ shift: e.target.checked || undefined })} />
        <span>{t('controls.shift')}</span>
      </label>
      {error && (
        <p role="alert" className="notice pool-error" data-testid="pool-error">
          {t('controls.badLink', { message: error.message })}
        </p>
      )}
    </>
  );

  const o = current.inputOrigin;
  const status = t('status', { r0: o.row, r1: o.row + settings.size - 1, c0: o.col, c1: o.col + settings.size - 1, value: formatNumber(current.result) });
  const kindName = t(`kindName.${settings.kind}`);
  const [kh, kw] = lesson.size;
  /** Rows and columns the last (ceil-mode) windows hang past the grid: room for the drawn window. */
  const overhang = [
    Math.max(0, (outH - 1) * lesson.stride[0] + kh - H),
    Math.max(0, (outW - 1) * lesson.stride[1] + kw - W),
  ];
  const inputCell = defaultCellSize(H, W);

  return (
    <LessonLayout
      text={text}
      steps={steps.length}
      sections={(Object.keys(PRESETS) as PresetId[]).map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={preset}
      onSection={pickPreset}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      <div className="pool-row">
        <div className="pool-input" style={{ paddingBottom: cellSpan(overhang[0], inputCell), paddingRight: cellSpan(overhang[1], inputCell) }}>
          <MatrixGrid
            role="input"
            label={t('grids.inputLabel', { rows: H, cols: W })}
            caption={t('grids.input', { rows: H, cols: W })}
            rows={H}
            cols={W}
            values={lesson.input.data}
            scale="signed"
            legend={false}
            cellClass={poolWindowCellClass(shown)}
            overlay={<KernelOverlay row={shown.origin.row} col={shown.origin.col} rows={kh} cols={kw} faded={!!pinnedStep} />}
          />
        </div>
        <span className="op-sign" aria-hidden="true">→</span>
        <MatrixGrid
          role="output"
          label={t('grids.outputLabel', { rows: outH, cols: outW })}
          caption={t('grids.output', { kind: kindName, rows: outH, cols: outW })}
          rows={outH}
          cols={outW}
          values={lesson.trace.output.data}
          scale="signed"
          legend={false}
          pending={(r, c) => r * outW + c > step}
          cellClass={markPinnedAndCurrent(current, pinnedStep)}
          onCellHover={onHover}
          onCellSelect={(cell: GridCell) => {
            goTo(cell.row * outW + cell.col);
          }}
        />
        <div className="pool-arith">
          <ArithmeticPanel {...poolArithmetic(shown)} title={t('arith.title', { row: shown.row, col: shown.col })} />
          {partial && <p className="pool-note">{t('readout.partial', { n: shown.count, total: shown.patch.data.length })}</p>}
        </div>
      </div>
      <SizeReadout lesson={lesson} ceil={settings.ceil} />
      {settings.global && <GlobalReadout lesson={lesson} />}
      {!settings.global && <ConvTwin lesson={lesson} kind={settings.kind} ceil={settings.ceil} />}
      {shifted && <ShiftPanel lesson={lesson} shifted={shifted} />}
    </LessonLayout>
  );
}
