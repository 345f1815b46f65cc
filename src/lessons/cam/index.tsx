/**
 * Lesson `cam` (LESSONS.md L34): class activation maps. The formulas (f_k, F_k, S_c, softmax,
 * M_c and the exchange of the sums) with the numbers of a 3×3 sandbox: two feature maps and
 * two classes (F = (7, 4), S = (9, 0.5), P ≈ (0.9998, 0.0002)); the class map built cell by cell
 * as a weighted sum, whose total gives the score back; the slide's example predictions and a link
 * to the draw page. Link parameters: `f1`, `f2`, `w`, `class`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LessonLayout, type Matrix, formatNumber, useLessonParams, useLessonStep, TexText } from '../../ui';
import { CLASSES, type CamClass, F1, F2, WEIGHTS } from './fixtures';
import { Formulas } from './Formulas';
import { camParams } from './params';
import { Sandbox } from './Sandbox';
import { type CamSection, type CamStepId, camTrace, sectionStart } from './trace';
import { World } from './World';
import './messages';
import './cam.css';

const toRows = (m: Matrix): number[][] => Array.from({ length: m.shape[0] }, (_, r) => m.data.slice(r * m.shape[1], (r + 1) * m.shape[1]));
const same = (a: number[][], b: number[][]) => a.every((row, r) => row.every((v, c) => v === b[r][c]));
const STAGE: Record<CamStepId, number> = { maps: 0, gap: 1, scores: 2, softmax: 3, cell: 4, sum: 5, world: 5 };
const SECTIONS: CamSection[] = ['score', 'map', 'world'];

export default function Cam() {
  const { t } = useTranslation('cam');
  const { values, ignored, set } = useLessonParams(camParams);
  const f = useMemo(() => [toRows(values.f1), toRows(values.f2)], [values.f1, values.f2]);
  const w = useMemo(() => toRows(values.w), [values.w]);
  const c = CLASSES.indexOf(values.class);
  const trace = useMemo(() => camTrace(f, w, c), [f, w, c]);
  const { step, pause } = useLessonStep(trace.steps.length);
  const current = trace.steps[step];
  const isLecture = same(f[0], F1) && same(f[1], F2) && same(w, WEIGHTS);

  const editMap = (k: number, r: number, col: number, v: number) => {
    pause();
    const next = f[k].map((row) => [...row]);
    next[r][col] = v;
    const key = k === 0 ? 'f1' : 'f2';
    set({ [key]: same(next, k === 0 ? F1 : F2) ? undefined : { shape: [3, 3], data: next.flat() } });
  };
  const editWeight = (cls: number, k: number, v: number) => {
    pause();
    const next = w.map((row) => [...row]);
    next[cls][k] = v;
    set({ w: same(next, WEIGHTS) ? undefined : { shape: [2, 2], data: next.flat() } });
  };

  const cls = (i: number) => t(`classes.${CLASSES[i]}`);
  const text = (
    <>
      <p><TexText text={t(`text.${current.id}`)} /></p>
      {current.id === 'gap' && <p className="lesson-aside" data-testid="note-gap">{t('notes.gap')}</p>}
      {current.id === 'softmax' && <p className="lesson-aside" data-testid="note-softmax">{t('notes.softmax')}</p>}
      {current.id === 'cell' && <p>{t('text.coords')}</p>}
      {!isLecture && <p className="lesson-aside"><TexText text={t('text.custom')} /></p>}
      <p className="cam-source">{t('text.source')}</p>
    </>
  );

  const controls = (
    <>
      <fieldset className="cam-class">
        <legend>{t('controls.class')}</legend>
        {CLASSES.map((name, i) => (
          <label key={name}>
            <input
              type="radio"
              name="cam-class"
              value={name}
              data-testid={`class-${name}`}
              checked={values.class === name}
              onChange={() => {
                pause();
                set({ class: name === 'cat' ? undefined : (name as CamClass) });
              }}
            />
            {cls(i)}
          </label>
        ))}
      </fieldset>
      <button type="button" data-testid="reset" disabled={isLecture} onClick={() => set({ f1: undefined, f2: undefined, w: undefined })}>
        {t('controls.reset')}
      </button>
    </>
  );

  const cell = current.cell !== undefined ? trace.cells[current.cell] : undefined;
  const status = cell
    ? t('status.cell', { name: cls(c), x: cell.col, y: cell.row, value: formatNumber(cell.value, 4) })
    : t(`status.${current.id}`, { s: formatNumber(trace.S[c], 4), p: trace.probs[c].toFixed(4), name: cls(c) });

  return (
    <LessonLayout
      text={text}
      steps={trace.steps.length}
      sections={SECTIONS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={current.section}
      onSection={(id) => {
        pause();
        set({ step: sectionStart(trace, id as CamSection) });
      }}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {current.id === 'world' && <World />}
      <Sandbox trace={trace} f={f} w={w} c={c} cell={current.cell} stage={STAGE[current.id]} onEditMap={editMap} onEditWeight={editWeight} />
      <Formulas trace={trace} f={f} w={w} c={c} className={cls(c)} step={current.id} />
    </LessonLayout>
  );
}
