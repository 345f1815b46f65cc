/** Saving the session's model (to IndexedDB or as files for a download) and loading one in its place. */
import type * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../core/errorMessage';
import { metadataOf, modelFromFiles, modelToFiles } from './modelFiles';
import { loadFromIndexedDb, saveToIndexedDb } from './modelStore';
import type { ToWorker } from './protocol';
import { isValidModelName } from './savedModels';
import { type SessionContext } from './sessionContext';
import { modelMetadata, recordOf } from './trainingRecord';
import { postSummary, sendActivations, sendFilters } from './sessionViews';

export async function handleSave(ctx: SessionContext, target: 'indexeddb' | 'download', name: string): Promise<void> {
  if (!ctx.model) return ctx.error('no-model', 'there is no model to save yet');
  if (!isValidModelName(name)) return ctx.error('save', `"${name}" is not a valid name: use 1–64 letters, digits, - or _`);
  try {
    if (target === 'indexeddb') {
      await saveToIndexedDb(ctx.model, modelMetadata(ctx.spec, ctx.record), name);
      ctx.post({ type: 'saved', target, name });
    } else {
      const files = await modelToFiles(ctx.model, modelMetadata(ctx.spec, ctx.record));
      ctx.post({ type: 'saved', target, name, modelJson: files.modelJson, weights: files.weights });
    }
  } catch (e) {
    ctx.error('save', `the model could not be saved: ${errorMessage(e)}`);
  }
}

export async function handleLoad(ctx: SessionContext, msg: Extract<ToWorker, { type: 'load' }>): Promise<void> {
  if (ctx.running) return ctx.error('busy', 'stop training before loading a model');
  if (!ctx.backend) return ctx.error('not-ready', 'the worker has not been initialised');
  let model: tf.LayersModel;
  let name: string;
  try {
    if (msg.source === 'indexeddb') {
      name = msg.name;
      model = await loadFromIndexedDb(msg.name);
    } else {
      name = 'files';
      model = await modelFromFiles(msg.json, msg.weights);
    }
  } catch (e) {
    ctx.error('load', `${errorMessage(e)}. The current model is unchanged.`);
    return;
  }
  const meta = metadataOf(model);
  ctx.replaceModel(model, meta?.spec, recordOf(meta));
  postSummary(ctx, name);
  sendFilters(ctx);
  sendActivations(ctx);
}
