/**
 * Models saved in this browser (IndexedDB, through tfjs): `indexeddb://cnn-classroom-<name>`.
 */
import * as tf from '@tensorflow/tfjs';
import { ModelFileError, validateModelShape } from './modelFiles';
import type { ModelSpec } from './spec';

/** The tfjs URL prefix of the app's saved models. */
export const IDB_PREFIX = 'indexeddb://cnn-classroom-';

/** True for a name the app accepts: 1–64 letters, digits, - or _. */
export function isValidModelName(name: string): boolean {
  return /^[\w-]{1,64}$/.test(name);
}

/** Saves a model (and its spec, as metadata) under `name`. */
export async function saveToIndexedDb(model: tf.LayersModel, spec: ModelSpec | undefined, name: string): Promise<void> {
  if (!isValidModelName(name)) throw new ModelFileError(`"${name}" is not a valid name: use 1–64 letters, digits, - or _`);
  model.setUserDefinedMetadata({ app: 'cnn-classroom', spec });
  await model.save(`${IDB_PREFIX}${name}`);
}

/**
 * Loads and checks a saved model.
 *
 * @throws ModelFileError when there is no such model or it is not a 28×28 → 10 classifier.
 */
export async function loadFromIndexedDb(name: string): Promise<tf.LayersModel> {
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(`${IDB_PREFIX}${name}`);
  } catch (e) {
    throw new ModelFileError(`no model called "${name}" is saved in this browser (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    validateModelShape(model);
  } catch (e) {
    model.dispose();
    throw e;
  }
  return model;
}
