/** The end-of-epoch evaluation on the test set and the 'epoch' message with its numbers. */
import * as tf from '@tensorflow/tfjs';
import type { EpochTimer } from './epochTiming';
import { MISCLASSIFIED_CAP } from './protocol';
import type { SessionContext } from './sessionContext';
import { evaluate, type Dataset } from './trainer';
import { yieldNow } from './yieldNow';

/**
 * Evaluates `model` on the first `ctx.testLimit` test images (yielding between batches) and sends
 * the epoch's numbers; returns the test accuracy. Throws the run's failure when one came in during
 * the evaluation.
 */
export async function evaluateEpoch(
  ctx: SessionContext, model: tf.LayersModel, test: Dataset, epoch: number, epochs: number, trainingMs: number, timer?: EpochTimer,
): Promise<number> {
  const t0 = performance.now();
  const ev = await evaluate(model, test, ctx.testLimit, { cap: MISCLASSIFIED_CAP, between: yieldNow });
  timer?.add('evaluation', performance.now() - t0);
  if (ctx.failure) throw ctx.failure;
  const t1 = performance.now();
  const msg = {
    type: 'epoch', epoch, epochs, testLoss: ev.loss, testAccuracy: ev.accuracy, testCount: ev.count,
    confusion: ev.confusion, misclassified: ev.misclassified, predictions: ev.predictions, seconds: trainingMs / 1000, numTensors: tf.memory().numTensors,
  } as const;
  if (!timer) ctx.post(msg);
  else {
    timer.add('messages', performance.now() - t1);
    ctx.post({ ...msg, timing: timer.report() });
  }
  return ev.accuracy;
}
