/**
 * Lesson `donut` (LESSONS.md L14–L15): the Boolean donut filter (must be black / must be white /
 * doesn't matter; 9 failed conditions at the upper-left pixel) and the multiplier filter sliding
 * over the 8×8 image with zero padding 2 ("how donutty is each pixel?"), or without padding (4×4).
 * Link parameters: `mode`, `input`, `conditions`, `filter`, `kernel`, `padding`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import { type GridCell, LessonLayout, formatNumber, useLessonParams, useLessonStep, usePinnedCell } from '../../ui';
import { BooleanView } from './BooleanView';
import { MultiplierView } from './MultiplierView';
import { BINARY_IMAGE, type Condition, DONUT_IMAGE } from './fixtures';
import { FILTER_PRESETS, type FilterPreset, donutParams, sameRows, settingFrom } from './params';
import { booleanTrace, multiplierTrace } from './trace';
import './messages';
import './donut.css';

type SectionId = 'boolean' | 'multiplier' | 'nopad';
const SECTIONS: SectionId[] = ['boolean', 'multiplier', 'nopad'];
const NEXT_CONDITION: Record<Condition, Condition> = { B: 'W', W: 'X', X: 'B' };

/** Message keys of each part's paragraphs. */
const PARAGRAPHS = {
  boolean: ['text.boolean.p1', 'text.boolean.p2', 'text.boolean.p3', 'text.boolean.p4'],
  nopad: ['text.nopad.p1', 'text.nopad.p2'],
  multiplier: ['text.multiplier.p1', 'text.multiplier.p2', 'text.multiplier.p3'],
} as const satisfies Record<string, readonly MessageKeyOf<'donut'>[]>;

export default function Donut() {
  const { t } = useTranslation('donut');
  const { values, ignored, set } = useLessonParams(donutParams);
  const setting = useMemo(() => settingFrom(values), [values]);
  const isBoolean = values.mode === 'boolean';
  const boolTrace = useMemo(() => booleanTrace(setting.conditions, setting.image), [setting]);
  const multTrace = useMemo(() => multiplierTrace(DONUT_IMAGE, setting.kernel, values.padding), [setting, values.padding]);
  const steps = isBoolean ? boolTrace.checks.length : multTrace.conv.steps.length;
  const { step, pause, goTo } = useLessonStep(steps);
  const [pinned, onHover] = usePinnedCell();

  const section: SectionId | undefined = isBoolean
    ? 'boolean'
    : values.padding === 2
      ? 'multiplier'
      : values.padding === 0
        ? 'nopad'
        : undefined;
  const pickSection = (id: string) => {
    pause();
    if (id === 'boolean') set({ mode: undefined, step: undefined });
    else set({ mode: 'multiplier', padding: id === 'nopad' ? 0 : undefined, step: undefined });
  };

  const select = (cell: GridCell, cols: number) => {
    goTo(cell.row * cols + cell.col);
  };
  const togglePixel = (r: number, c: number) => {
    const rows = setting.image.map((row) => [...row]);
    rows[r][c] = rows[r][c] > 0 ? 0 : 1;
    set({ input: sameRows(rows, BINARY_IMAGE) ? undefined : { shape: [rows.length, rows[0].length], data: rows.flat() } });
  };
  const cycleCondition = (r: number, c: number) => {
    const next = setting.conditions.map((row) => [...row]);
    next[r][c] = NEXT_CONDITION[next[r][c]];
    set({ conditions: settingFrom({ ...values, conditions: next }).isLectureConditions ? undefined : next });
  };
  const editKernel = (r: number, c: number, v: number) => {
    const rows = setting.kernel.map((row) => [...row]);
    rows[r][c] = v;
    const preset = (Object.keys(FILTER_PRESETS) as FilterPreset[]).find((n) => sameRows(FILTER_PRESETS[n], rows));
    if (preset) set({ filter: preset === 'symmetric' ? undefined : preset, kernel: undefined });
    else set({ kernel: { shape: [5, 5], data: rows.flat() } });
  };

  const isLectureMultiplier = setting.kernelName === 'symmetric' && values.padding === 2;
  const paragraphs: readonly MessageKeyOf<'donut'>[] = PARAGRAPHS[isBoolean ? 'boolean' : section === 'nopad' ? 'nopad' : 'multiplier'];
  const text = (
    <>
      {paragraphs.map((k) => (
        <p key={k}>{t(k)}</p>
      ))}
      {isBoolean && setting.isLectureConditions && <p className="lesson-aside">{t('text.boolean.copies')}</p>}
      {isBoolean && <p className="lesson-aside">{t('text.boolean.image')}</p>}
      {!isBoolean && <p className="lesson-aside" data-testid="standalone-note">{t('text.multiplier.symmetric')}</p>}
      {!isBoolean && <p>{t('text.multiplier.printed')}</p>}
    </>
  );

  const controls = isBoolean ? (
    <>
      <button type="button" data-testid="reset-image" onClick={() => set({ input: undefined })} disabled={setting.isLectureImage}>
        {t('controls.resetImage')}
      </button>
      <button
        type="button"
        data-testid="reset-conditions"
        onClick={() => set({ conditions: undefined })}
        disabled={setting.isLectureConditions}
      >
        {t('controls.resetFilter')}
      </button>
    </>
  ) : (
    <>
      <label className="control">
        <span>{t('controls.filter')}</span>
        <select
          data-testid="filter-select"
          value={setting.kernelName}
          onChange={(e) => {
            if (e.target.value === 'custom') return;
            set({ filter: e.target.value === 'symmetric' ? undefined : (e.target.value as FilterPreset), kernel: undefined });
          }}
        >
          <option value="symmetric">{t('controls.symmetric')}</option>
          <option value="standalone">{t('controls.standalone')}</option>
          {setting.kernelName === 'custom' && <option value="custom">{t('controls.custom')}</option>}
        </select>
      </label>
      <label className="control">
        <span>{t('controls.padding')}</span>
        <select
          data-testid="padding"
          value={values.padding}
          onChange={(e) => set({ padding: Number(e.target.value) === 2 ? undefined : Number(e.target.value), step: undefined })}
        >
          {[0, 1, 2].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </>
  );

  const status = isBoolean
    ? t('status.boolean', { row: boolTrace.checks[step].row, col: boolTrace.checks[step].col, n: boolTrace.checks[step].failed })
    : t('status.multiplier', {
        row: multTrace.conv.steps[step].row,
        col: multTrace.conv.steps[step].col,
        value: formatNumber(multTrace.conv.steps[step].result),
      });

  return (
    <LessonLayout
      text={text}
      steps={steps}
      sections={SECTIONS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={section}
      onSection={pickSection}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {isBoolean ? (
        <BooleanView
          trace={boolTrace}
          step={step}
          conditions={setting.conditions}
          pinned={pinned}
          onHover={onHover}
          onSelect={(cell) => select(cell, boolTrace.image.shape[1])}
          onTogglePixel={togglePixel}
          onCycleCondition={cycleCondition}
        />
      ) : (
        <MultiplierView
          trace={multTrace}
          step={step}
          isLecture={isLectureMultiplier}
          pinned={pinned}
          onHover={onHover}
          onSelect={(cell) => select(cell, multTrace.map.shape[1])}
          onEditKernel={editKernel}
        />
      )}
    </LessonLayout>
  );
}
