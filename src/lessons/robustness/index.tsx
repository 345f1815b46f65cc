/**
 * Lesson `robustness` (issue 11): the lecture's 9 shifted one pixel (L08: the pooled loop feature
 * survives), then LeNet-5 with and without data augmentation on the shifted MNIST test sets (the
 * benchmark's figures), then the learner's own drawing moved across the 28×28 field with the
 * shipped LeNet-5's answer following it. Link parameters: `step`, `dx`, `dy`, `digit`
 * (`mine|nine`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LessonLayout, enumParam, intParam, useDigitModel, useLessonParams, useLessonStep } from '../../ui';
import { DIGIT9, LOOP_FILTER } from '../feature-match/fixtures';
import { featureMatchTrace } from '../feature-match/trace';
import { DrawingStep } from './DrawingStep';
import { MEASURED } from './measured';
import { MeasuredStep } from './MeasuredStep';
import { NineStep } from './NineStep';
import { MAX_SHIFT, drawnNine } from './shift';
import './messages';
import './robustness.css';

const SECTIONS = ['nine', 'measured', 'drawing'] as const;
type SectionId = (typeof SECTIONS)[number];

const params = {
  dx: intParam(0, -MAX_SHIFT, MAX_SHIFT),
  dy: intParam(0, -MAX_SHIFT, MAX_SHIFT),
  digit: enumParam(['mine', 'nine'] as const, 'mine'),
};

export default function Robustness() {
  const { t } = useTranslation('robustness');
  const { values, ignored, set } = useLessonParams(params);
  const { step, pause } = useLessonStep(SECTIONS.length);
  const section: SectionId = SECTIONS[step] ?? 'nine';
  const trace = useMemo(() => featureMatchTrace(DIGIT9, LOOP_FILTER), []);
  const digit = useDigitModel(section === 'drawing');
  const nine = useMemo(() => drawnNine(), []);
  const useMine = values.digit === 'mine' && digit.drawing !== null;
  const input = useMine && digit.drawing ? digit.drawing : nine;
  const best = Math.max(...trace.pool.output.data);

  const text = (
    <>
      {section === 'nine' && (
        <>
          <p>{t('text.nine.p1', { changed: trace.changedCount, best })}</p>
          <p>{t('text.nine.p2')}</p>
        </>
      )}
      {section === 'measured' && (
        <>
          <p>{t('text.measured.p1')}</p>
          <p>{t('text.measured.p2')}</p>
          <p className="lesson-aside">{t('text.measured.p3', { command: MEASURED.command, date: MEASURED.date })}</p>
        </>
      )}
      {section === 'drawing' && (
        <p>{t('text.drawing.p1', { source: useMine ? t('text.drawing.mine') : t('text.drawing.nine'), model: digit.model?.label ?? 'LeNet-5' })}</p>
      )}
    </>
  );

  const controls = section === 'drawing' && digit.drawing !== null ? (
    <label className="control">
      <span>{t('controls.source')}</span>
      <select data-testid="digit-source" value={values.digit} onChange={(e) => set({ digit: e.target.value === 'mine' ? undefined : 'nine' })}>
        <option value="mine">{t('controls.mine')}</option>
        <option value="nine">{t('controls.nine')}</option>
      </select>
    </label>
  ) : undefined;

  return (
    <LessonLayout
      text={text}
      steps={SECTIONS.length}
      sections={SECTIONS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={section}
      onSection={(id) => {
        pause();
        set({ step: SECTIONS.indexOf(id as SectionId) });
      }}
      ignored={ignored}
      controls={controls}
      status={section === 'nine' ? t('status.nine') : section === 'measured' ? t('status.measured') : undefined}
    >
      {section === 'nine' && <NineStep trace={trace} />}
      {section === 'measured' && <MeasuredStep />}
      {section === 'drawing' && (
        <DrawingStep digit={digit} input={input} dx={values.dx} dy={values.dy} onMove={(dx, dy) => set({ dx: dx === 0 ? undefined : dx, dy: dy === 0 ? undefined : dy })} />
      )}
    </LessonLayout>
  );
}
