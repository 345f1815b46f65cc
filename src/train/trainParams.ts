import { parseAugmentList, type AugmentName } from '../core/augmentation';
import type { BackendChoice, OptimizerName, TrainSettings } from '../model/protocol';
import { SETTINGS_LIMITS } from '../model/protocol';
import { LR_SCHEDULES, type LrSchedule } from '../model/schedule';
import { defaultSpec, MODEL_KINDS, RECOMMENDED_SETTINGS, validateSpec, type ConvSpec, type ModelKind, type ModelSpec } from '../model/spec';
import { boolParam, enumParam, intParam, numberParam, parseParams, type IgnoredParam, type ParamSpec } from '../state/params';

/** Optimizers offered by the page (the worker's OptimizerName). */
export const OPTIMIZERS: readonly OptimizerName[] = ['adam', 'sgd', 'rmsprop'];
/** Backends offered by the page; `auto` lets the worker choose. */
export const BACKENDS: readonly BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

/** `conv=32x3,64x3`: filters×kernel per conv layer. */
function convListParam(): ParamSpec<ConvSpec[] | null> {
  return {
    defaultValue: null,
    parse(raw) {
      const parts = raw.split(',');
      const out: ConvSpec[] = [];
      for (const p of parts) {
        const m = /^(\d{1,4})x(\d{1,2})$/.exec(p.trim());
        if (!m) return undefined;
        out.push({ filters: Number(m[1]), kernel: Number(m[2]) });
      }
      return out;
    },
    format: (v) => (v ?? []).map((c) => `${c.filters}x${c.kernel}`).join(','),
  };
}

/** `dense=120,84` or `dropout=0.25,0.5`: a comma list of numbers. */
function numberListParam(): ParamSpec<number[] | null> {
  return {
    defaultValue: null,
    parse(raw) {
      if (raw.trim() === '') return [];
      const out = raw.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
      return out.every(Number.isFinite) ? out : undefined;
    },
    format: (v) => (v ?? []).join(','),
  };
}

/**
 * The training page's link parameters (CONTRACT.md: model, epochs, batch, lr, optimizer, backend,
 * limit, autostart), plus `schedule` (`step` or `onecycle`), `decay` (the `step` schedule's factor
 * per epoch), `smoothing` (label smoothing ε) and the model's editable sizes (`conv`, `dense`, `dropout`) so that an edited
 * model is a link too, and `testlimit` (evaluate on the first N test images: quick demos and tests).
 */
export const trainParams = {
  model: enumParam(MODEL_KINDS, 'lenet5'),
  epochs: intParam(5, SETTINGS_LIMITS.epochs.min, SETTINGS_LIMITS.epochs.max),
  batch: intParam(128, SETTINGS_LIMITS.batchSize.min, SETTINGS_LIMITS.batchSize.max),
  lr: numberParam(0.001, SETTINGS_LIMITS.learningRate.min, SETTINGS_LIMITS.learningRate.max),
  schedule: enumParam(LR_SCHEDULES, 'step'),
  decay: numberParam(1, SETTINGS_LIMITS.lrDecay.min, SETTINGS_LIMITS.lrDecay.max),
  smoothing: numberParam(0, SETTINGS_LIMITS.labelSmoothing.min, SETTINGS_LIMITS.labelSmoothing.max),
  optimizer: enumParam(OPTIMIZERS, 'adam'),
  backend: enumParam(BACKENDS, 'auto'),
  limit: intParam(SETTINGS_LIMITS.limit.max, SETTINGS_LIMITS.limit.min, SETTINGS_LIMITS.limit.max),
  testlimit: intParam(SETTINGS_LIMITS.testLimit.max, SETTINGS_LIMITS.testLimit.min, SETTINGS_LIMITS.testLimit.max),
  autostart: boolParam(false),
  /** Threads for the wasm backend; 0: chosen from the machine's cores (src/model/threads.ts). */
  threads: intParam(0, 0, 8),
  seed: intParam(1, 0, 2 ** 31 - 1),
  conv: convListParam(),
  dense: numberListParam(),
  dropout: numberListParam(),
};

/** Everything the link sets on the training page. */
export interface TrainLinkSettings {
  spec: ModelSpec;
  epochs: number;
  batch: number;
  lr: number;
  /** How the learning rate changes during the run (src/model/schedule.ts). */
  schedule: LrSchedule;
  /** The `step` schedule's factor applied to the learning rate after every epoch (1 = constant). */
  decay: number;
  /** Label smoothing ε (0: off). */
  smoothing: number;
  optimizer: OptimizerName;
  backend: BackendChoice;
  limit: number;
  testlimit: number;
  autostart: boolean;
  /** Threads for the wasm backend (0: automatic). */
  threads: number;
  seed: number;
  /** Random transforms of the training images (`augment=shift,rotate,scale,thickness`; none by default). */
  augment: AugmentName[];
  /** Names in `augment=` that are not augmentations (ignored; the page says so). */
  augmentUnknown: string[];
}

/** The spec a link describes: the kind's default with the link's sizes, if they fit the kind. */
function specFromLink(kind: ModelKind, conv: ConvSpec[] | null, dense: number[] | null, dropout: number[] | null, raw: Record<string, string>, ignored: IgnoredParam[]): ModelSpec {
  const base = defaultSpec(kind);
  let spec = base;
  const attempt = (key: string, next: ModelSpec) => {
    const issues = validateSpec(next);
    if (issues.length === 0) spec = next;
    else ignored.push({ key, value: raw[key] ?? '' });
  };
  if (conv) attempt('conv', { ...spec, conv });
  if (dense) attempt('dense', { ...spec, dense });
  if (dropout) {
    const [a, b] = dropout;
    const next = kind === 'keras'
      ? (dropout.length === 2 ? { ...spec, dropoutConv: a, dropoutDense: b } : null)
      : (dropout.length === 1 ? { ...spec, dropoutDense: a } : null);
    if (next) attempt('dropout', next);
    else ignored.push({ key: 'dropout', value: raw.dropout ?? '' });
  }
  return spec;
}

/**
 * Reads the training page's settings from the link; a malformed or out-of-range value falls back
 * to its default and is listed in `ignored` (the page says which).
 *
 * @example readTrainLink({ model: 'keras', epochs: 'ten' }).ignored // → [{ key: 'epochs', value: 'ten' }]
 */
export function readTrainLink(raw: Record<string, string>): { settings: TrainLinkSettings; ignored: IgnoredParam[] } {
  const { values, ignored } = parseParams(trainParams, raw);
  // augment=shift,wobble: the known names are used; the unknown ones are reported next to the check boxes.
  const augment = parseAugmentList(raw.augment ?? '');
  const spec = specFromLink(values.model, values.conv, values.dense, values.dropout, raw, ignored);
  // Epochs, batch size, learning rate, schedule, decay and smoothing the link leaves out (or gets
  // wrong) follow the model's recipe (LeNet-5: 2 epochs of 64, one-cycle to 0.003, smoothing 0.1).
  // A link that gives a decay but no schedule means the per-epoch 'step' schedule (older links).
  const rec = RECOMMENDED_SETTINGS[values.model];
  const given = (key: string) => raw[key] !== undefined && !ignored.some((i) => i.key === key);
  const schedule = given('schedule') ? values.schedule : given('decay') ? 'step' : rec.schedule;
  return {
    settings: {
      spec,
      epochs: given('epochs') ? values.epochs : rec.epochs,
      batch: given('batch') ? values.batch : rec.batchSize,
      lr: given('lr') ? values.lr : rec.learningRate,
      schedule,
      decay: given('decay') ? values.decay : rec.lrDecay,
      smoothing: given('smoothing') ? values.smoothing : rec.labelSmoothing,
      optimizer: values.optimizer,
      backend: values.backend,
      limit: values.limit,
      testlimit: values.testlimit,
      autostart: values.autostart,
      threads: values.threads,
      seed: values.seed,
      augment: augment.names,
      augmentUnknown: augment.unknown,
    },
    ignored,
  };
}

/** The link parameters that describe a spec (undefined = the kind's default, left out of the link). */
export function specToLink(spec: ModelSpec): Record<'model' | 'conv' | 'dense' | 'dropout', string | undefined> {
  const d = defaultSpec(spec.kind);
  const conv = spec.conv.map((c) => `${c.filters}x${c.kernel}`).join(',');
  const dConv = d.conv.map((c) => `${c.filters}x${c.kernel}`).join(',');
  const dense = spec.dense.join(',');
  const drop = spec.kind === 'keras' ? `${spec.dropoutConv},${spec.dropoutDense}` : String(spec.dropoutDense);
  const dDrop = spec.kind === 'keras' ? `${d.dropoutConv},${d.dropoutDense}` : String(d.dropoutDense);
  return {
    model: spec.kind,
    conv: conv === dConv ? undefined : conv,
    dense: dense === d.dense.join(',') ? undefined : dense,
    dropout: drop === dDrop ? undefined : drop,
  };
}

/**
 * The worker's settings for a run started with the link's settings.
 *
 * @example runSettings(readTrainLink({}).settings).batchSize // → 64 (LeNet-5's recipe)
 */
export function runSettings(settings: TrainLinkSettings, continueTraining = false): TrainSettings {
  return {
    epochs: settings.epochs,
    batchSize: settings.batch,
    learningRate: settings.lr,
    schedule: settings.schedule,
    lrDecay: settings.decay,
    labelSmoothing: settings.smoothing,
    optimizer: settings.optimizer,
    limit: settings.limit,
    seed: settings.seed,
    continueTraining,
    ...(settings.augment.length > 0 ? { augment: settings.augment } : {}),
  };
}
