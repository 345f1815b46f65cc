/**
 * Checkpoints of a run (kept in the worker and sent to the page) and recovery after a failure:
 * on a lost WebGL context the model is restored from the last checkpoint on a working backend.
 */
import { errorMessage } from '../core/errorMessage';
import { selectBackend } from './backend';
import { metadataOf, modelFromFiles, modelToFiles } from './modelFiles';
import { modelMetadata, recordOf } from './trainingRecord';
import { disposeQuietly, type RunFailure, type SessionContext } from './sessionContext';

/** Keeps the model as files (`epoch` epochs trained, fractional) and sends them to the page. */
export async function checkpoint(ctx: SessionContext, epoch: number): Promise<void> {
  if (!ctx.model) return;
  const files = await modelToFiles(ctx.model, modelMetadata(ctx.spec, ctx.record));
  ctx.lastCheckpoint = { ...files, epoch };
  ctx.post({ type: 'checkpoint', epoch, modelJson: files.modelJson, weights: files.weights.slice(0) });
}

/**
 * Ends a failed run: reports the error, and when the backend is unusable (context loss), moves to
 * a working backend and restores the model from the last checkpoint.
 */
export async function recover(ctx: SessionContext, failure: RunFailure): Promise<void> {
  ctx.failure = undefined;
  const kept = ctx.lastCheckpoint;
  let note = kept ? ` The model after ${formatEpochs(kept.epoch)} is kept.` : '';
  if (failure.code === 'context-lost') {
    try {
      const sel = await selectBackend({ choice: 'wasm', wasmPaths: ctx.init?.wasmPaths ?? ctx.env.wasmPaths?.(), threads: ctx.threads });
      ctx.backend = sel.backend;
      ctx.post({ type: 'ready', backend: sel.backend, renderer: sel.renderer, reason: `the WebGL context was lost; ${sel.reason}`, threads: sel.threads, isolated: sel.isolated });
      if (kept) {
        const restored = await modelFromFiles(kept.modelJson, [kept.weights]);
        const spec = ctx.spec;
        // The checkpoint carries the record as it was when it was kept (null when unknown).
        ctx.replaceModel(restored, spec, ctx.record ? recordOf(metadataOf(restored)) : null);
        ctx.lastCheckpoint = kept;
        ctx.epochsDone = Math.floor(kept.epoch);
      } else if (ctx.model) {
        disposeQuietly(ctx.model);
        ctx.model = undefined;
        ctx.act = undefined;
      }
    } catch (e) {
      note = ` No backend could take over: ${errorMessage(e)}.`;
    }
  }
  const message = `Training stopped: ${failure.message}.${note}`;
  ctx.error(failure.code, message);
  ctx.setState('error', message);
}

function formatEpochs(epoch: number): string {
  return Number.isInteger(epoch) ? `epoch ${epoch}` : `${epoch.toFixed(2)} epochs`;
}
