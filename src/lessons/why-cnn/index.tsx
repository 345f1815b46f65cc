/**
 * Lesson `why-cnn` (LESSONS.md L01–L05): why not a plain MLP for images. A parameter calculator
 * (one neuron on a Full-HD image: 6,220,800 weights; 200×200×3 into 64 neurons: 7,680,064),
 * fully connected vs convolution (14,450,688 vs 450), the toy network (881 vs 36 vs 72), and the
 * digit 9 moved by one pixel (16 of its 35 inputs change). Link parameters: `height`, `width`,
 * `channels`, `neurons`, `filters`, `dx`, `dy`, `step`.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import { LessonLayout, useLessonParams, useLessonStep } from '../../ui';
import { changedInputs, mlpCounts, shiftRows } from './calc';
import { DIGIT9, FULL_HD } from './fixtures';
import { FcVsConv } from './FcVsConv';
import { MlpCalc } from './MlpCalc';
import { whyCnnParams } from './params';
import { ShiftView } from './ShiftView';
import { ToyNet } from './ToyNet';
import { WHY_CNN_SECTIONS, WHY_CNN_STEPS, type WhyCnnSection, type WhyCnnStepId, mlpSetting, sectionStart } from './trace';
import { grouped } from './words';
import './messages';
import './why-cnn.css';

/** Message keys of each step's paragraphs. */
const PARAGRAPHS: Record<WhyCnnStepId, readonly MessageKeyOf<'why-cnn'>[]> = {
  fullHd: ['text.fullHd.p1', 'text.fullHd.p2', 'text.fullHd.p3'],
  dense64: ['text.dense64.p1', 'text.dense64.p2'],
  fcVsConv: ['text.fcVsConv.p1', 'text.fcVsConv.p2', 'text.fcVsConv.p3'],
  toy: ['text.toy.p1', 'text.toy.p2', 'text.toy.p3'],
  inputs: ['text.inputs.p1', 'text.inputs.p2'],
  shifted: ['text.shifted.p1', 'text.shifted.p2'],
  featureMap: ['text.featureMap.p1', 'text.featureMap.p2'],
};

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
        <p key={k}>{t(k)}</p>
      ))}
    </>
  );

  const status = statusText(t, current.id, setting, shift);

  return (
    <LessonLayout
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
  t: TFunction<'why-cnn'>,
  id: WhyCnnStepId,
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
