/**
 * Lesson `why-cnn` (LESSONS.md L01–L05): why not a plain MLP for images. A parameter calculator
 * (one neuron on a Full-HD image: 6,220,800 weights; 200×200×3 into 64 neurons: 7,680,064),
 * fully connected vs convolution (14,450,688 vs 450), the toy network (881 vs 36 vs 72), and the
 * digit 9 moved by one pixel (16 of its 35 inputs change). Link parameters: `height`, `width`,
 * `channels`, `neurons`, `filters`, `dx`, `dy`, `step`.
 */
import { useTranslation } from 'react-i18next';
import { LessonLayout, useLessonParams, useLessonStep } from '../../ui';
import { changedInputs, mlpCounts, shiftRows } from './calc';
import { DIGIT9, FULL_HD } from './fixtures';
import { FcVsConv } from './FcVsConv';
import { MlpCalc } from './MlpCalc';
import { whyCnnParams } from './params';
import { ShiftView } from './ShiftView';
import { ToyNet } from './ToyNet';
import { WHY_CNN_SECTIONS, WHY_CNN_STEPS, type WhyCnnSection, mlpSetting, sectionStart } from './trace';
import { grouped } from './words';
import './messages';
import './why-cnn.css';

/** Paragraph keys of each step's text (the same in both languages). */
const PARAGRAPHS = {
  fullHd: ['p1', 'p2', 'p3'],
  dense64: ['p1', 'p2'],
  fcVsConv: ['p1', 'p2', 'p3'],
  toy: ['p1', 'p2', 'p3'],
  inputs: ['p1', 'p2'],
  shifted: ['p1', 'p2'],
  featureMap: ['p1', 'p2'],
} as const;

export default function WhyCnn() {
  const { t } = useTranslation('why-cnn');
  const { values, ignored, set } = useLessonParams(whyCnnParams);
  const { step, pause } = useLessonStep(WHY_CNN_STEPS.length);
  const current = WHY_CNN_STEPS[step];
  const example = current.mlp ?? FULL_HD;
  const setting = mlpSetting(values, example);
  const shift = { dx: values.dx ?? current.shift?.dx ?? 0, dy: values.dy ?? current.shift?.dy ?? 0 };

  const commitMlp = (key: 'height' | 'width' | 'channels' | 'neurons', v: number): string | null => {
    pause();
    set({ ...setting, [key]: v });
    return null;
  };

  const text = (
    <>
      {PARAGRAPHS[current.id].map((k) => (
        <p key={k}>{t(`text.${current.id}.${k}`)}</p>
      ))}
    </>
  );

  const status = statusText(t, current.id, setting, shift);

  return (
    <LessonLayout
      lesson="why-cnn"
      title={t('title')}
      text={text}
      steps={WHY_CNN_STEPS.length}
      sections={WHY_CNN_SECTIONS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={current.section}
      onSection={(id) => {
        pause();
        set({ step: sectionStart(id as WhyCnnSection) });
      }}
      ignored={ignored}
      status={status}
    >
      {current.section === 'mlp' && (
        <MlpCalc
          setting={setting}
          example={example}
          showSlide={current.id === 'dense64'}
          onCommit={commitMlp}
          onReset={() => set({ height: undefined, width: undefined, channels: undefined, neurons: undefined })}
        />
      )}
      {current.section === 'conv' && <FcVsConv />}
      {current.section === 'toy' && (
        <ToyNet
          filters={values.filters}
          onFilters={(n) => {
            pause();
            set({ filters: n === 1 ? undefined : n });
          }}
        />
      )}
      {current.section === 'shift' && (
        <ShiftView
          dx={shift.dx}
          dy={shift.dy}
          showMaps={current.id === 'featureMap'}
          onShift={(dx, dy) => {
            pause();
            set({ dx, dy });
          }}
        />
      )}
    </LessonLayout>
  );
}

function statusText(
  t: (key: string, opts?: Record<string, unknown>) => string,
  id: string,
  setting: ReturnType<typeof mlpSetting>,
  shift: { dx: number; dy: number },
): string {
  if (id === 'fullHd' || id === 'dense64') return t('status.mlp', { n: grouped(mlpCounts(setting).layerParams) });
  if (id === 'inputs' || id === 'shifted' || id === 'featureMap') {
    const n = changedInputs(DIGIT9, shiftRows(DIGIT9, shift.dx, shift.dy, -1)).length;
    return t('status.shift', { n, dx: shift.dx, dy: shift.dy });
  }
  return t(`status.${id}`);
}
