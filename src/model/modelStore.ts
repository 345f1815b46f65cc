/**
 * Models saved in this browser (IndexedDB, through tfjs): `indexeddb://cnn-classroom-<name>`.
 * Their names and the list of saved ones, without tfjs, are in savedModels.ts.
 */
import type * as tf from '@tensorflow/tfjs';
import { loadCheckedModel, ModelFileError, type AppModelMetadata } from './modelFiles';
import { IDB_PREFIX, isValidModelName } from './savedModels';

/** Saves a model (and the app's metadata: its spec, its training record) under `name`. */
export async function saveToIndexedDb(model: tf.LayersModel, metadata: AppModelMetadata, name: string): Promise<void> {
  if (!isValidModelName(name)) throw new ModelFileError(`"${name}" is not a valid name: use 1–64 letters, digits, - or _`);
  model.setUserDefinedMetadata(metadata);
  await model.save(`${IDB_PREFIX}${name}`);
}

/**
 * Loads and checks a saved model.
 *
 * @throws ModelFileError when there is no such model or it is not a 28×28 → 10 classifier.
 */
export async function loadFromIndexedDb(name: string): Promise<tf.LayersModel> {
  return loadCheckedModel(`${IDB_PREFIX}${name}`, (reason) => `no model called "${name}" is saved in this browser (${reason})`);
}
