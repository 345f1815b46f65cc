/**
 * LessonLayout: the frame every step-through lesson uses.
 *
 * It renders the title, the sections (tabs), the notices for ignored link values (including a
 * malformed `?step=`), the stepper, the lesson's visual (children) beside its text, and the key
 * list. It registers the trace length with the playback slice, wires the embedding protocol
 * (useEmbedBridge), and listens for the lesson keys from the moment it opens (useLessonKeys:
 * → / ← and PageDown / PageUp step · Space play/pause · Home / End first/last · + / − speed ·
 * F presentation mode · ? the key list, Escape closes it). Keys typed into inputs, selects,
 * sliders, tabs and grids stay with those controls; embedded, the lesson hears keys only while
 * its iframe has focus.
 *
 * The lesson's id and heading come from its registry entry (useLessonInfo); `lesson` and `title`
 * override them (e.g. in a test that renders a layout on its own).
 *
 * @example
 * <LessonLayout text={<p>…</p>} steps={trace.length}
 *   sections={sections} section={section} onSection={pick} ignored={ignored} controls={<…/>}>
 *   <MatrixGrid … /> <ArithmeticPanel … />
 * </LessonLayout>
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IgnoredParam } from '../state/params';
import { useStore } from '../state/store';
import { IgnoredNotices } from './IgnoredNotices';
import { KeyHelpDialog } from './KeyHelpDialog';
import { useLessonInfo } from './lessonInfo';
import { Icon } from './icons';
import { type LessonSection, SectionTabs } from './SectionTabs';
import { Stepper } from './Stepper';
import { useEmbedBridge } from './useEmbedBridge';
import { useFitZoom } from './useFitZoom';
import { useLessonKeys } from './useLessonKeys';
import { useLessonStep } from './useLessonStep';
import './messages';
import './engine.css';

export interface LessonLayoutProps {
  /** Lesson id; default: the registry entry of the lesson on screen (useLessonInfo). */
  lesson?: string;
  /** Heading; default: the registry entry's heading (or title) in the current language. */
  title?: ReactNode;
  /** The lesson's explanation, shown beside the visual (below it on a phone). */
  text: ReactNode;
  /** Number of steps of the trace on screen. */
  steps: number;
  /** Phases of the lesson, shown as tabs. */
  sections?: LessonSection[];
  /** The selected section (undefined: custom settings, no tab selected). */
  section?: string;
  onSection?(id: string): void;
  /** Malformed link values to report (from useLessonParams). */
  ignored?: IgnoredParam[];
  /** The lesson's own controls (padding, stride, presets…), shown above the visual. */
  controls?: ReactNode;
  /** One sentence describing the current step for screen readers (announced politely). */
  status?: string;
  /** The visual: grids, overlays, the arithmetic panel. */
  children: ReactNode;
}

const VISUAL_FIT = { min: 0.3, max: 2.2 };
const TEXT_FIT = { min: 0.7, max: 1 };

export function LessonLayout(props: LessonLayoutProps) {
  const { t } = useTranslation('engine');
  const info = useLessonInfo();
  const lesson = props.lesson ?? info.id;
  const { steps } = props;
  const setLessonSteps = useStore((s) => s.setLessonSteps);
  const present = useStore((s) => s.present);
  const [help, setHelp] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const visualId = useId();
  const reading = useLessonStep(steps);
  const visualBox = useRef<HTMLDivElement>(null);
  const visual = useRef<HTMLDivElement>(null);
  const textBox = useRef<HTMLElement>(null);
  const text = useRef<HTMLDivElement>(null);
  // Presentation mode: the visual grows or shrinks to fill the screen below the stepper; the text
  // shrinks a little if it must (and scrolls only past that).
  useFitZoom(visualBox, visual, present, VISUAL_FIT);
  useFitZoom(textBox, text, present, TEXT_FIT);

  useEffect(() => {
    setLessonSteps(lesson, steps);
  }, [lesson, steps, setLessonSteps]);
  useEmbedBridge(lesson, reading.step, steps);

  const closeHelp = () => {
    setHelp(false);
    rootRef.current?.focus();
  };

  useLessonKeys(help, () => setHelp(true));

  const ignoredStep = reading.ignored;
  return (
    <article
      className={`lesson${present ? ' is-present' : ''}`}
      data-lesson={lesson}
      data-testid="lesson"
      tabIndex={0}
      ref={rootRef}
      aria-labelledby={`${visualId}-title`}
    >
      <header className="lesson-header">
        <h1 id={`${visualId}-title`}>{props.title ?? info.heading}</h1>
        <button type="button" className="print-step" data-testid="print-step" onClick={() => window.print()}>
          <Icon name="print" /> {t('lesson.print')}
        </button>
      </header>
      <IgnoredNotices ignored={props.ignored ?? []} />
      {ignoredStep && (
        <p role="alert" className="notice" data-testid="ignored-step">
          {ignoredStep.reason === 'malformed'
            ? t('step.malformed', { value: ignoredStep.value, last: Math.max(steps - 1, 0), n: steps })
            : t('step.range', { value: ignoredStep.value, last: Math.max(steps - 1, 0), n: steps, k: reading.step + 1 })}
        </p>
      )}
      {props.sections && props.onSection && (
        <SectionTabs
          sections={props.sections}
          value={props.section}
          onChange={props.onSection}
          label={t('lesson.sections')}
          controls={visualId}
        />
      )}
      <div className="lesson-body">
        <div className="lesson-main" id={visualId} role={props.sections ? 'tabpanel' : undefined} aria-label={t('lesson.visual')}>
          {props.controls && <div className="lesson-controls">{props.controls}</div>}
          <Stepper steps={steps} onHelp={() => setHelp(true)} />
          <div className="lesson-visual-fit" ref={visualBox}>
            <div className="lesson-visual" ref={visual}>{props.children}</div>
          </div>
          <p className="visually-hidden" aria-live="polite">{props.status}</p>
        </div>
        <aside className="lesson-text" aria-label={t('lesson.text')} ref={textBox} tabIndex={present ? 0 : undefined}>
          <div className="lesson-text-inner" ref={text}>{props.text}</div>
        </aside>
      </div>
      <KeyHelpDialog open={help} onClose={closeHelp} />
    </article>
  );
}
