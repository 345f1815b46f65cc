/**
 * The training session's replay hooks: which digit the snapshots follow (the learner's drawing, or
 * the inspected test digit), and the calls the run loop makes (snapshots.ts decides when to take one).
 */
import type * as tf from '@tensorflow/tfjs';
import { MNIST_PIXELS } from './mnistSizes';
import type { PinnedDigit } from './replay';
import type { SessionContext } from './sessionContext';
import { SnapshotRecorder, type RunPoint } from './snapshots';

const recorders = new WeakMap<SessionContext, SnapshotRecorder>();
const drawings = new WeakMap<SessionContext, Float32Array>();

function recorderOf(ctx: SessionContext): SnapshotRecorder {
  let r = recorders.get(ctx);
  if (!r) {
    const rec = new SnapshotRecorder((snapshot, fresh) => {
      const pinned = rec.pinnedDigit as PinnedDigit;
      ctx.post({ type: 'snapshot', snapshot, fresh, pinned: { ...pinned, pixels: pinned.pixels.slice() } });
    });
    r = rec;
    recorders.set(ctx, r);
  }
  return r;
}

/** The test digit the page inspects, as a pinned digit (test image 0 before any choice). */
function testDigit(ctx: SessionContext): PinnedDigit | undefined {
  if (!ctx.test) return undefined;
  const i = Math.min(ctx.inspectIndex ?? 0, ctx.test.count - 1);
  const pixels = new Float32Array(MNIST_PIXELS);
  for (let p = 0; p < MNIST_PIXELS; p++) pixels[p] = ctx.test.images[i * MNIST_PIXELS + p] / 255;
  return { source: 'test', testIndex: i, label: ctx.test.labels[i], pixels };
}

/**
 * The page pins the learner's drawing (784 values 0…1) or, with null, goes back to the inspected
 * test digit. Takes effect at the next run.
 */
export function pinDigit(ctx: SessionContext, pixels: Float32Array | null): void {
  if (pixels === null) drawings.delete(ctx);
  else if (pixels.length !== MNIST_PIXELS || !pixels.every(Number.isFinite)) ctx.error('bad-message', `a pinned drawing has ${MNIST_PIXELS} numbers, not ${pixels.length}`);
  else drawings.set(ctx, pixels.slice());
}

/** A run of `epochs` × `batchesPerEpoch` steps begins (a fresh model, or a continued one). */
export function beginSnapshots(ctx: SessionContext, model: tf.LayersModel, run: { epochs: number; batchesPerEpoch: number }, fresh: boolean): void {
  const rec = recorderOf(ctx);
  const drawing = drawings.get(ctx);
  const pinned = drawing ? { source: 'drawing' as const, pixels: drawing } : testDigit(ctx);
  if (!pinned) return;
  rec.pin(pinned);
  rec.begin(model, run, fresh, { step: 0, epoch: ctx.epochsDone, seen: 0, loss: Number.NaN, accuracy: Number.NaN });
}

/** After a training step (`at.step` counts from 1 over the run). */
export function stepSnapshot(ctx: SessionContext, model: tf.LayersModel, at: RunPoint): void {
  recorderOf(ctx).afterStep(model, at);
}

/** After an epoch's evaluation. */
export function epochSnapshot(ctx: SessionContext, model: tf.LayersModel, at: RunPoint): void {
  recorderOf(ctx).afterEpoch(model, at);
}

/** A run stopped between two epoch ends. */
export function endSnapshot(ctx: SessionContext, model: tf.LayersModel, at: RunPoint): void {
  recorderOf(ctx).end(model, at);
}
