/**
 * Loads the app's shipped models (public/models/<name>/model.json, weights.bin, metrics.json) from
 * URLs relative to the page, and checks them (input [null, 28, 28, 1], output 10).
 *
 * @example
 *   await selectBackend({ choice: 'auto' });          // backend.ts
 *   const { model, metrics } = await loadPretrained('lenet5');
 *   const probs = predictImage(model, pixels, 'unit'); // trainer.ts
 */
import * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../core/errorMessage';
import { loadCheckedModel, ModelFileError } from './modelFiles';
import { PRETRAINED, type PretrainedMetrics, type PretrainedName } from './pretrainedInfo';

export type { PretrainedMetrics, PretrainedName } from './pretrainedInfo';

/** The base the model folders are resolved against: the page (document.baseURI) or the worker. */
function defaultBase(): string {
  if (typeof document !== 'undefined') return document.baseURI;
  return self.location.href;
}

/** URL of a shipped model's model.json. */
export function pretrainedUrl(name: PretrainedName, base = defaultBase()): string {
  return new URL(`${PRETRAINED[name].folder}model.json`, base).href;
}

/**
 * Loads a shipped model and its metrics.
 *
 * @throws ModelFileError with a readable message when a file is missing, damaged or the wrong shape.
 */
export async function loadPretrained(name: PretrainedName, base = defaultBase()): Promise<{ model: tf.LayersModel; metrics: PretrainedMetrics }> {
  if (!(name in PRETRAINED)) throw new ModelFileError(`there is no shipped model called "${String(name)}"`);
  const url = pretrainedUrl(name, base);
  const model = await loadCheckedModel(url, (reason) => `the ${name} model could not be loaded from ${url}: ${reason}`);
  try {
    const res = await fetch(new URL('metrics.json', url));
    if (!res.ok) throw new ModelFileError(`the ${name} metrics could not be loaded (HTTP ${res.status})`);
    const metrics = (await res.json()) as PretrainedMetrics;
    if (typeof metrics.testAccuracy !== 'number') throw new ModelFileError(`the ${name} metrics file has no test accuracy`);
    return { model, metrics };
  } catch (e) {
    model.dispose();
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(`the ${name} metrics could not be read: ${errorMessage(e)}`);
  }
}
