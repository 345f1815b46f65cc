/**
 * Lesson `feature-match` (LESSONS.md L05–L08): the digit 9 as a −1/+1 grid, a filter as a
 * pattern, each output the mean of the 9 products; then ReLU, 2×2 max pooling with stride 1, and
 * the 9 shifted one pixel. Link parameters: `filter`, `kernel`, `input`, `step`.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import {
  type GridCell,
  LessonLayout,
  formatNumber,
  useLessonParams,
  useLessonStep,
  usePinnedCell,
  Link,
} from '../../ui';
import { FILTERS, type FilterName } from './fixtures';
import { FILTER_NAMES, featureMatchParams, matrixFromInput, settingFrom } from './params';
import { type FeatureMatchPhase, featureMatchTrace, phaseStart } from './trace';
import { ConvPhase, PoolPhase, ReluPhase, ShiftPhase } from './views';
import './messages';
import './feature-match.css';

type SectionId = 'conv' | 'relu' | 'pool' | 'shift';
const SECTIONS: SectionId[] = ['conv', 'relu', 'pool', 'shift'];
const sectionOf = (p: FeatureMatchPhase): SectionId => (p === 'survive' ? 'shift' : p);

/** Message keys of each phase's paragraphs. */
const PARAGRAPHS: Record<FeatureMatchPhase, readonly MessageKeyOf<'feature-match'>[]> = {
  conv: ['text.conv.p1', 'text.conv.p2', 'text.conv.p3'],
  relu: ['text.relu.p1', 'text.relu.p2'],
  pool: ['text.pool.p1', 'text.pool.p2'],
  shift: ['text.shift.p1', 'text.shift.p2'],
  survive: ['text.survive.p1', 'text.survive.p2'],
};

export default function FeatureMatch() {
  const { t } = useTranslation('feature-match');
  const { values, ignored, set } = useLessonParams(featureMatchParams);
  const setting = useMemo(() => settingFrom(values), [values]);
  const trace = useMemo(() => featureMatchTrace(setting.inputRows, setting.filterRows), [setting]);
  const { step, pause, goTo } = useLessonStep(trace.steps.length);
  const [pinnedOut, hoverOut] = usePinnedCell();
  const [pinnedPool, hoverPool] = usePinnedCell();
  const current = trace.steps[step] ?? trace.steps[0];
  const phase = current.phase;

  const jumpTo = (phaseName: FeatureMatchPhase, cell: GridCell, cols: number) => {
    goTo(phaseStart(trace, phaseName) + cell.row * cols + cell.col);
  };

  const editKernel = (r: number, c: number, v: number) => {
    const rows = setting.filterRows.map((row) => [...row]);
    rows[r][c] = v;
    const preset = FILTER_NAMES.find((n) => FILTERS[n].every((row, i) => row.every((x, j) => x === rows[i][j])));
    if (preset) set({ filter: preset === 'loop' ? undefined : preset, kernel: undefined });
    else set({ kernel: { shape: [3, 3], data: rows.flat() } });
  };
  const toggleInput = (r: number, c: number) => {
    const rows = setting.inputRows.map((row) => [...row]);
    rows[r][c] = -rows[r][c];
    const m = matrixFromInput(rows);
    set({ input: settingFrom({ ...values, input: m }).isLectureInput ? undefined : m });
  };
  const pickFilter = (name: string) => {
    if (name === 'custom') return;
    set({ filter: name === 'loop' ? undefined : (name as FilterName), kernel: undefined });
  };

  const filterText = setting.filterName;
  const text = (
    <>
      {PARAGRAPHS[phase].filter((k) => k !== 'text.survive.p1' || setting.isLecture).map((k) => (
        <p key={k}>{t(k, { changed: trace.changedCount })}</p>
      ))}
      {phase === 'conv' && <p>{t(`text.${filterText}`)}</p>}
      {phase === 'conv' && setting.isLecture && <p className="lesson-aside">{t('text.truncation')}</p>}
      {phase === 'pool' && (
        <p>
          <Link to="/lesson/pooling">{t('links.pooling')}</Link>
        </p>
      )}
    </>
  );

  const controls = (
    <>
      <label className="control">
        <span>{t('controls.filter')}</span>
        <select data-testid="filter-select" value={setting.filterName} onChange={(e) => pickFilter(e.target.value)}>
          {FILTER_NAMES.map((n) => (
            <option key={n} value={n}>
              {t(`controls.${n}`)}
            </option>
          ))}
          {setting.filterName === 'custom' && <option value="custom">{t('controls.custom')}</option>}
        </select>
      </label>
      <button
        type="button"
        data-testid="reset"
        onClick={() => set({ filter: undefined, kernel: undefined, input: undefined })}
        disabled={setting.isLecture}
      >
        {t('controls.reset')}
      </button>
    </>
  );

  const status = statusText(t, trace, step);

  return (
    <LessonLayout
      text={text}
      steps={trace.steps.length}
      sections={SECTIONS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={sectionOf(phase)}
      onSection={(id) => {
        pause();
        set({ step: phaseStart(trace, id as SectionId) });
      }}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {phase === 'conv' && (
        <ConvPhase
          trace={trace}
          step={step}
          setting={setting}
          pinned={pinnedOut}
          onHover={hoverOut}
          onSelect={(cell) => jumpTo('conv', cell, trace.map.shape[1])}
          onEditKernel={editKernel}
          onToggleInput={toggleInput}
        />
      )}
      {phase === 'relu' && <ReluPhase trace={trace} pinned={pinnedOut} onHover={hoverOut} />}
      {phase === 'pool' && (
        <PoolPhase
          trace={trace}
          step={step - phaseStart(trace, 'pool')}
          pinned={pinnedPool}
          onHover={hoverPool}
          onSelect={(cell) => jumpTo('pool', cell, trace.pool.outShape[2])}
        />
      )}
      {(phase === 'shift' || phase === 'survive') && <ShiftPhase trace={trace} survive={phase === 'survive'} />}
    </LessonLayout>
  );
}

function statusText(
  t: TFunction<'feature-match'>,
  trace: ReturnType<typeof featureMatchTrace>,
  step: number,
): string {
  const s = trace.steps[step];
  if (!s) return '';
  if (s.phase === 'conv' && s.conv) {
    const o = s.conv.origin;
    return t('status.conv', { r0: o.row, r1: o.row + 2, c0: o.col, c1: o.col + 2, value: formatNumber(s.mean ?? 0) });
  }
  if (s.phase === 'pool' && s.pool) {
    const o = s.pool.inputOrigin;
    return t('status.pool', { r0: o.row, r1: o.row + 1, c0: o.col, c1: o.col + 1, value: formatNumber(s.pool.result) });
  }
  return t(`status.${s.phase}`, { changed: trace.changedCount });
}
