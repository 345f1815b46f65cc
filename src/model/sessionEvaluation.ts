/** The end-of-epoch evaluation on the test set and the 'epoch' message with its numbers. */
import * as tf from '@tensorflow/tfjs';
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
  ctx: SessionContext, model: tf.LayersModel, test: Dataset, epoch: number, epochs: number, trainingMs: number,
): Promise<number> {
  const ev = await evaluate(model, test, ctx.testLimit, { cap: MISCLASSIFIED_CAP, between: yieldNow });
  if (ctx.failure) throw ctx.failure;
  ctx.post({
    type: 'epoch', epoch, epochs, testLoss: ev.loss, testAccuracy: ev.accuracy, testCount: ev.count,
    confusion: ev.confusion, misclassified: ev.misclassified, predictions: ev.predictions, seconds: trainingMs / 1000, numTensors: tf.memory().numTensors,
  });
  return ev.accuracy;
}
