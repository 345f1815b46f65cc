/*
 * Everything tfjs on the drawing page, loaded with a dynamic import (the page is usable before
 * tfjs arrives, and no other page pulls it in): the backend, the shipped LeNet-5 and GAP-CAM
 * models, a model saved in this browser by the training page, or model files the learner picks.
 */
import * as tf from '@tensorflow/tfjs';
import type { MessageKeyOf } from '../i18n';
import { selectBackend } from '../model/backend';
import { loadPretrained, type PretrainedMetrics } from '../model/pretrained';
import { appWasmPaths } from '../model/wasmAssets';
import { modelFromFiles } from '../model/modelFiles';
import { appModelName, readPickedFiles, savedModelUrl } from '../model/savedModels';
import { makeCamRunner, type CamRunner } from './camModel';
import { makeClassifier, type Classifier } from './classifier';

let backendReady: Promise<string> | null = null;
let pretrained: Promise<{ classifier: Classifier; metrics: PretrainedMetrics }> | null = null;
let cam: Promise<{ runner: CamRunner; metrics: PretrainedMetrics }> | null = null;

/**
 * Picks the tfjs backend once (webgl on a real GPU, wasm on software WebGL, else cpu).
 *
 * @example
 * await ensureBackend(); // "wasm"
 */
export function ensureBackend(): Promise<string> {
  backendReady ??= selectBackend({ choice: 'auto', wasmPaths: appWasmPaths() }).then((s) => s.backend);
  backendReady.catch(() => {
    backendReady = null;
  });
  return backendReady;
}

/**
 * The shipped LeNet-5 as a classifier (loaded once per visit).
 *
 * @example
 * const { classifier, metrics } = await pretrainedClassifier(); // metrics.testAccuracy 0.9906
 */
export function pretrainedClassifier(): Promise<{ classifier: Classifier; metrics: PretrainedMetrics }> {
  pretrained ??= (async () => {
    await ensureBackend();
    const { model, metrics } = await loadPretrained('lenet5');
    return { classifier: makeClassifier(model, 'pretrained', 'LeNet-5'), metrics };
  })();
  pretrained.catch(() => {
    pretrained = null; // let a later visit try again
  });
  return pretrained;
}

/**
 * The shipped GAP-CAM model, ready to give f_k and w_k^c.
 *
 * @example
 * const { runner } = await camRunner();
 */
export function camRunner(): Promise<{ runner: CamRunner; metrics: PretrainedMetrics }> {
  cam ??= (async () => {
    await ensureBackend();
    const { model, metrics } = await loadPretrained('gap-cam');
    return { runner: makeCamRunner(model), metrics };
  })();
  cam.catch(() => {
    cam = null;
  });
  return cam;
}

/**
 * A model saved in this browser by the training page, by its IndexedDB path (`indexeddb://<path>`,
 * as listSavedModels gives it).
 *
 * @example
 * const c = await savedClassifier('cnn-classroom-my-lenet'); // c.network.label === 'my-lenet'
 */
export async function savedClassifier(path: string): Promise<Classifier> {
  await ensureBackend();
  const model = await tf.loadLayersModel(savedModelUrl(path));
  try {
    return makeClassifier(model, `mine:${path}`, appModelName(path));
  } catch (e) {
    model.dispose();
    throw e;
  }
}

/** Why picked files are not a model (a message key of the `draw` namespace and a detail). */
export class PickedFilesError extends Error {
  constructor(
    readonly code: MessageKeyOf<'draw'>,
    detail: string,
  ) {
    super(detail);
    this.name = 'PickedFilesError';
  }
}

/**
 * A model from files the learner picked (model.json and its weights), checked before use.
 *
 * @example
 * const c = await fileClassifier([...input.files]);
 */
export async function fileClassifier(files: readonly File[]): Promise<Classifier> {
  await ensureBackend();
  const picked = await readPickedFiles(files);
  if (!picked.ok) throw new PickedFilesError(`errors.pick.${picked.reason}`, picked.detail ?? '');
  const model = await modelFromFiles(picked.json, picked.weights);
  try {
    return makeClassifier(model, `file:${picked.jsonName}`, picked.jsonName);
  } catch (e) {
    model.dispose();
    throw e;
  }
}

/**
 * Tensors tfjs holds right now (for the leak check).
 *
 * @example
 * tensorCount(); // 20 (the weights of the loaded models)
 */
export function tensorCount(): number {
  return tf.memory().numTensors;
}
