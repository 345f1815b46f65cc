/**
 * What the training page shows of the model besides the numbers: the layer summary, the first conv
 * layer's filters and the inspected test digit's activations.
 */
import type * as tf from '@tensorflow/tfjs';
import { activationModel } from './architectures';
import { MNIST_PIXELS, MNIST_TEST_COUNT } from './mnistSizes';
import type { SummaryRow } from './protocol';
import type { SessionContext } from './sessionContext';
import { activationsOf, firstConvFilters } from './trainer';

/** Sends the model's layer table: as 'loaded' (with the name it was loaded as) or as 'summary'. */
export function postSummary(ctx: SessionContext, name?: string): void {
  const model = ctx.model as tf.LayersModel;
  const rows: SummaryRow[] = model.layers.map((l) => ({
    name: l.name,
    type: l.getClassName(),
    outputShape: (l.outputShape as (number | null)[]).slice(),
    params: l.countParams(),
  }));
  const totalParams = model.countParams();
  if (name !== undefined) {
    ctx.post(ctx.spec ? { type: 'loaded', name, spec: ctx.spec, summary: rows, totalParams } : { type: 'loaded', name, summary: rows, totalParams });
  } else if (ctx.spec) {
    ctx.post({ type: 'summary', spec: ctx.spec, rows, totalParams });
  }
}

export function sendFilters(ctx: SessionContext): void {
  if (!ctx.model) return;
  const f = firstConvFilters(ctx.model);
  if (f) ctx.post({ type: 'filters', layer: f.layer, shape: f.shape, data: f.data });
}

/** Chooses the test digit whose activations are sent (now and while training). */
export function inspect(ctx: SessionContext, testIndex: number): void {
  if (!Number.isInteger(testIndex) || testIndex < 0 || testIndex >= (ctx.test?.count ?? MNIST_TEST_COUNT)) {
    ctx.error('bad-message', `test image ${String(testIndex)} does not exist (0–${(ctx.test?.count ?? MNIST_TEST_COUNT) - 1})`);
    return;
  }
  ctx.inspectIndex = testIndex;
  sendActivations(ctx);
}

export function sendActivations(ctx: SessionContext): void {
  if (!ctx.model || !ctx.test || ctx.inspectIndex === undefined) return;
  ctx.act ??= activationModel(ctx.model);
  const i = ctx.inspectIndex;
  const pixels = ctx.test.images.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS);
  const { layers, probs } = activationsOf(ctx.act, pixels, 'bytes');
  ctx.post({ type: 'activations', testIndex: i, label: ctx.test.labels[i], probs, layers });
}
