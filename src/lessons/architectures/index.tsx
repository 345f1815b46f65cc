/**
 * Lesson `architectures` (LESSONS.md L20, L26, L27, L29–L33): a shape tracer that steps through
 * the lectures' Keras model, LeNet-5, AlexNet (227 or 224 input), the VGG configurations and
 * GoogLeNet's published table, one layer at a time, with every layer's output size, parameters
 * and multiplications from the core; the depth race with ResNet and DenseNet; the 1×1 bottleneck
 * calculator; and the Keras model's training log. Link parameters: `arch`, `input`, `config`,
 * `size`, `cin`, `cout`, `kernel`, `reduce`, `step`.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKeyOf } from '../../i18n';
import { LessonLayout, useLessonParams, useLessonStep, Link } from '../../ui';
import { type Architecture, KERAS, LENET5, LENET5_PAPER, VGG_CONFIGS, type VggConfig, alexNet, vgg } from './archs';
import { BOTTLENECK_STEPS, BottleneckFields, BottleneckView } from './BottleneckView';
import { DEPTH_STEPS, DepthView } from './DepthView';
import { traceGoogLeNet } from './googlenet';
import { GoogLeNetView } from './GoogLeNetView';
import { ARCHS, type ArchId, architecturesParams } from './params';
import { LayerDetail, LayerTable } from './Tracer';
import { traceArchitecture } from './trace';
import { TRAINING_LOG } from './trainingLog';
import { TrainingLogView } from './TrainingLogView';
import './messages';
import './architectures.css';

const GOOGLENET = traceGoogLeNet();
const n = (v: number) => v.toLocaleString('en-US');

function sequential(arch: ArchId, input: '227' | '224', config: VggConfig): Architecture | null {
  if (arch === 'keras') return KERAS;
  if (arch === 'lenet5') return LENET5;
  if (arch === 'alexnet') return alexNet(input === '224' ? 224 : 227);
  if (arch === 'vgg') return vgg(config);
  return null;
}

/** Message keys of each part's paragraphs. */
const PARAGRAPHS = {
  keras: ['text.keras.p1', 'text.keras.p2', 'text.keras.p3'],
  lenet5: ['text.lenet5.p1', 'text.lenet5.p2'],
  alexnet: ['text.alexnet.p1', 'text.alexnet.p2', 'text.alexnet.p3'],
  vgg: ['text.vgg.p1', 'text.vgg.p2', 'text.vgg.p3'],
  googlenet: ['text.googlenet.p1', 'text.googlenet.p2', 'text.googlenet.p3'],
  resnet: [],
  bottleneck: [],
  log: ['text.log.p1', 'text.log.p2', 'text.log.p3'],
} as const satisfies Record<ArchId, readonly MessageKeyOf<'architectures'>[]>;

export default function Architectures() {
  const { t } = useTranslation('architectures');
  const { values, ignored, set } = useLessonParams(architecturesParams);
  const arch = values.arch;
  const seq = useMemo(() => sequential(arch, values.input, values.config), [arch, values.input, values.config]);
  const layers = useMemo(() => (seq ? traceArchitecture(seq) : []), [seq]);
  const steps = seq
    ? layers.length
    : arch === 'googlenet'
      ? GOOGLENET.length
      : arch === 'resnet'
        ? DEPTH_STEPS.length
        : arch === 'bottleneck'
          ? BOTTLENECK_STEPS.length
          : TRAINING_LOG.length;
  const { step, pause, goTo } = useLessonStep(steps);
  const pick = (i: number) => {
    goTo(i);
  };
  const bottleneck = { size: values.size, cin: values.cin, cout: values.cout, kernel: values.kernel, reduce: values.reduce };

  const controls = (
    <>
      {arch === 'alexnet' && (
        <div className="control">
          <label htmlFor="ar-input">{t('controls.input')}</label>
          <select id="ar-input" data-testid="input" value={values.input} onChange={(e) => { pause(); set({ input: e.target.value === '227' ? undefined : '224' }); }}>
            <option value="227">227×227×3 (CS231n)</option>
            <option value="224">224×224×3 ({t('controls.paper')})</option>
          </select>
        </div>
      )}
      {arch === 'vgg' && (
        <div className="control">
          <label htmlFor="ar-config">{t('controls.config')}</label>
          <select id="ar-config" data-testid="config" value={values.config} onChange={(e) => { pause(); set({ config: e.target.value === 'D' ? undefined : (e.target.value as VggConfig) }); }}>
            {VGG_CONFIGS.map((c) => (
              <option key={c} value={c}>{t(`vgg.name.${c}`)}</option>
            ))}
          </select>
        </div>
      )}
      {arch === 'bottleneck' && step > 0 && (
        <BottleneckFields
          setting={bottleneck}
          onCommit={(k, v) => {
            pause();
            set({ [k]: v });
            return null;
          }}
        />
      )}
    </>
  );

  const stepKey = arch === 'resnet' ? (`text.resnet.${DEPTH_STEPS[step]}` as const) : arch === 'bottleneck' ? (`text.bottleneck.${BOTTLENECK_STEPS[step]}` as const) : null;
  const text = (
    <>
      {PARAGRAPHS[arch].map((k: MessageKeyOf<'architectures'>) => (
        <p key={k}>{t(k)}</p>
      ))}
      {stepKey && <p>{t(stepKey)}</p>}
      {arch === 'alexnet' && values.input === '224' && <p className="lesson-aside" data-testid="note-224">{t('text.alexnet.note224')}</p>}
      {arch === 'alexnet' && <p className="lesson-aside">{t('text.alexnet.zfnet')}</p>}
      {arch === 'keras' && <p className="lesson-aside">{t('text.keras.notes')}</p>}
      {arch === 'lenet5' && <p className="lesson-aside">{t('text.lenet5.paper', { total: n(LENET5_PAPER.total), c3: n(LENET5_PAPER.C3) })}</p>}
      {arch === 'googlenet' && <p className="lesson-aside">{t('text.googlenet.asPublished')}</p>}
      {arch === 'log' && (
        <p>
          <Link to="/train" testId="link-train">{t('text.log.link')}</Link>
        </p>
      )}
      {arch === 'googlenet' && (
        <p>
          <Link to="/lesson/architectures" params={{ arch: 'bottleneck' }} testId="link-bottleneck">{t('text.googlenet.link')}</Link>
        </p>
      )}
    </>
  );

  const last = layers[layers.length - 1];
  const status = seq && layers[step]
    ? t('status.layer', { name: layers[step].label, params: n(layers[step].params) })
    : t('status.step', { k: step + 1, n: steps });

  return (
    <LessonLayout
      text={text}
      steps={steps}
      sections={ARCHS.map((id) => ({ id, label: t(`sections.${id}`) }))}
      section={arch}
      onSection={(id) => {
        pause();
        set({ arch: id === 'keras' ? undefined : (id as ArchId), step: undefined });
      }}
      ignored={ignored}
      controls={controls}
      status={status}
    >
      {seq && layers[step] && (
        <div className="ar-tracer">
          <LayerDetail layer={layers[step]} count={layers.length} />
          <LayerTable layers={layers} step={step} inputShape={seq.input} onPick={pick} printedColumn={arch === 'keras' || arch === 'alexnet'} />
          <p className="ar-total" data-testid="total-params" data-value={String(last.paramsSoFar)}>
            {t('total.computed', { total: n(last.paramsSoFar) })}{' '}
            {seq.printedTotal !== undefined && t('total.printed', { printed: n(seq.printedTotal), mark: seq.printedTotal === last.paramsSoFar ? '✓' : '✗' })}
            {seq.printedMillions !== undefined &&
              t('total.millions', { m: seq.printedMillions, mark: Math.round(last.paramsSoFar / 1e6) === seq.printedMillions ? '✓' : '✗' })}
          </p>
        </div>
      )}
      {arch === 'googlenet' && <GoogLeNetView rows={GOOGLENET} step={step} onPick={pick} />}
      {arch === 'resnet' && <DepthView step={step} />}
      {arch === 'bottleneck' && <BottleneckView setting={bottleneck} step={step} />}
      {arch === 'log' && <TrainingLogView epoch={step + 1} />}
    </LessonLayout>
  );
}
