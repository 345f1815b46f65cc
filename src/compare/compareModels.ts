/*
 * Everything tfjs on the comparison page, loaded with a dynamic import: one model of the comparison
 * from a shipped folder, this browser's saved models or picked files, ready to classify a 28×28
 * input (with its CAM when it is a GAP model) and to classify the test set.
 */
import type * as tf from '@tensorflow/tfjs';
import type { MessageKeyOf } from '../i18n';
import { errorMessage } from '../core/errorMessage';
import { ensureBackend } from '../draw/models';
import { makeCamRunner, type CamRunner } from '../draw/camModel';
import { makeClassifier, type Classifier } from '../draw/classifier';
import { loadFromIndexedDb } from '../model/modelStore';
import { metadataOf, modelFromFiles } from '../model/modelFiles';
import { loadPretrained } from '../model/pretrained';
import { PRETRAINED } from '../model/pretrainedInfo';
import { evaluate, type Dataset } from '../model/trainer';
import type { CompareModelInfo, SideResult } from '../state/compareSlice';
import { readPickedFiles } from '../model/savedModels';
import type { ModelRef } from './compareLink';

export { ensureBackend };

/** A loaded model of the comparison. */
export interface CompareModel {
  info: CompareModelInfo;
  classifier: Classifier;
  /** Runs one 28×28 input (values 0…1): probabilities, every shown layer, the CAM when there is one. */
  run(input: Float32Array, seq: number): SideResult;
  /** The predicted digit of each of the first `count` test images. */
  classifyTestSet(test: Dataset, count: number, between: () => Promise<void>): Promise<Uint8Array>;
  dispose(): void;
}

/** A side that cannot be loaded: a message key of the `compare` namespace and the detail. */
export class CompareLoadError extends Error {
  constructor(
    readonly code: MessageKeyOf<'compare'>,
    detail: string,
  ) {
    super(detail);
    this.name = 'CompareLoadError';
  }
}

function wrap(model: tf.LayersModel, info: Omit<CompareModelInfo, 'params' | 'inputShape' | 'hasCam'>): CompareModel {
  const hasGap = model.layers.some((l) => l.getClassName() === 'GlobalAveragePooling2D');
  let cam: CamRunner | null = null;
  if (hasGap) {
    try {
      cam = makeCamRunner(model);
    } catch {
      cam = null; // a GAP model of another shape: no CAM, still a classifier
    }
  }
  const classifier = cam ? cam.classifier : makeClassifier(model, `${info.source}:${info.label}`, info.label);
  return {
    info: { ...info, params: model.countParams(), inputShape: model.inputs[0].shape.slice(), hasCam: cam !== null },
    classifier,
    run(input, seq) {
      if (cam) {
        const c = cam.run(input, seq);
        const { activations } = classifier.predict(input);
        return { probs: c.probs, predicted: c.predicted, activations, cam: c };
      }
      const p = classifier.predict(input);
      let predicted = 0;
      for (let d = 1; d < p.probs.length; d++) if (p.probs[d] > p.probs[predicted]) predicted = d;
      return { probs: p.probs, predicted, activations: p.activations, cam: null };
    },
    async classifyTestSet(test, count, between) {
      const ev = await evaluate(model, test, count, { batchSize: 250, cap: 0, between });
      return ev.predictions;
    },
    dispose: () => classifier.dispose(),
  };
}

/**
 * Loads one model of the comparison.
 *
 * @throws CompareLoadError (`errors.unknown`, `errors.load`, `errors.file`) with the detail.
 * @example const m = await loadCompareModel({ kind: 'shipped', name: 'lenet5' });
 */
export async function loadCompareModel(ref: ModelRef, files?: readonly File[], savedNames?: readonly string[]): Promise<CompareModel> {
  await ensureBackend();
  if (ref.kind === 'shipped') {
    let loaded;
    try {
      loaded = await loadPretrained(ref.name);
    } catch (e) {
      throw new CompareLoadError('errors.load', errorMessage(e));
    }
    const m = loaded.metrics;
    return wrap(loaded.model, {
      label: PRETRAINED[ref.name].label,
      source: 'shipped',
      recordedAccuracy: m.testAccuracy,
      recordedCount: m.testCount,
      trainingSeconds: m.seconds,
      epochs: m.epochs,
    });
  }
  if (ref.kind === 'saved') {
    if (savedNames && !savedNames.includes(ref.name)) throw new CompareLoadError('errors.unknown', ref.name);
    let model: tf.LayersModel;
    try {
      model = await loadFromIndexedDb(ref.name);
    } catch (e) {
      throw new CompareLoadError('errors.load', errorMessage(e));
    }
    return wrapOwn(model, ref.name, 'saved');
  }
  if (!files || files.length === 0) throw new CompareLoadError('errors.noFile', '');
  const picked = await readPickedFiles(files);
  if (!picked.ok) throw new CompareLoadError(`errors.pick.${picked.reason}`, picked.detail ?? '');
  let model: tf.LayersModel;
  try {
    model = await modelFromFiles(picked.json, picked.weights);
  } catch (e) {
    throw new CompareLoadError('errors.file', errorMessage(e));
  }
  return wrapOwn(model, picked.jsonName, 'file');
}

function wrapOwn(model: tf.LayersModel, label: string, source: 'saved' | 'file'): CompareModel {
  const meta = metadataOf(model);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  try {
    return wrap(model, {
      label,
      source,
      recordedAccuracy: num(meta?.testAccuracy),
      recordedCount: num(meta?.testCount),
      trainingSeconds: num(meta?.trainingSeconds),
      epochs: num(meta?.epochs),
    });
  } catch (e) {
    model.dispose();
    throw new CompareLoadError('errors.file', errorMessage(e));
  }
}
