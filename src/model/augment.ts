/**
 * Data augmentation in the training worker: every batch's images get random transforms (shift,
 * rotate, scale, thickness: core/augmentation.ts) drawn from a generator seeded by the run's seed,
 * and a few of them are sent to the page about once a second so the learner sees what the model
 * trains on.
 */
import * as tf from '@tensorflow/tfjs';
import { augmentImage, type AugmentName } from '../core/augmentation';
import { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE } from './mnistSizes';
import { mulberry32 } from './random';
import type { SessionContext } from './sessionContext';
import type { Dataset } from './trainer';

/** Augmented samples sent to the page per message. */
export const SAMPLE_COUNT = 8;
/** Send the augmented samples at most this often while training (ms). */
const SAMPLES_EVERY_MS = 1000;

/** Makes augmented batches for one run, and posts samples of them. */
export class BatchAugmenter {
  private readonly random: () => number;
  private readonly tmp = new Float32Array(MNIST_PIXELS);
  private lastSamples = -Infinity;
  private last: { x: Float32Array; originals: Float32Array; labels: Uint8Array; n: number } | undefined;

  constructor(readonly names: readonly AugmentName[], seed: number) {
    this.random = mulberry32(seed >>> 0);
  }

  /**
   * Like trainer.makeBatch, with every image transformed at random.
   *
   * @example const { xs, ys } = augmenter.batch(train, order, 0, 64);
   */
  batch(data: Dataset, order: ArrayLike<number>, start: number, size: number): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
    const n = Math.min(size, order.length - start);
    if (n <= 0) throw new RangeError(`batch start ${start} is past the end (${order.length})`);
    const x = new Float32Array(n * MNIST_PIXELS);
    const y = new Float32Array(n * MNIST_CLASSES);
    const keep = Math.min(SAMPLE_COUNT, n);
    const originals = new Float32Array(keep * MNIST_PIXELS);
    const labels = new Uint8Array(keep);
    for (let i = 0; i < n; i++) {
      const k = order[start + i];
      const off = k * MNIST_PIXELS;
      for (let p = 0; p < MNIST_PIXELS; p++) this.tmp[p] = data.images[off + p] / 255;
      if (i < keep) {
        originals.set(this.tmp, i * MNIST_PIXELS);
        labels[i] = data.labels[k];
      }
      augmentImage(this.tmp, this.names, this.random, x.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS));
      y[i * MNIST_CLASSES + data.labels[k]] = 1;
    }
    this.last = { x, originals, labels, n: keep };
    return { xs: tf.tensor4d(x, [n, MNIST_SIDE, MNIST_SIDE, 1]), ys: tf.tensor2d(y, [n, MNIST_CLASSES]) };
  }

  /** Sends the last batch's first images (augmented and original) when a second has passed since the last ones. */
  maybePostSamples(ctx: SessionContext, epoch: number, batch: number, now: number): void {
    if (!this.last || now - this.lastSamples < SAMPLES_EVERY_MS) return;
    this.lastSamples = now;
    const { x, originals, labels, n } = this.last;
    ctx.post({
      type: 'augment-samples', epoch, batch, count: n,
      images: x.slice(0, n * MNIST_PIXELS), originals: originals.slice(), labels: labels.slice(),
    });
  }
}

/**
 * The run's augmenter, or null when the settings name no augmentation. Its generator is seeded by
 * the run's seed and the epochs already trained (a continued run draws new transforms).
 *
 * @example makeAugmenter(['shift'], 1, 0)?.names // → ['shift']
 */
export function makeAugmenter(names: readonly AugmentName[] | undefined, seed: number, epochsDone: number): BatchAugmenter | null {
  if (!names || names.length === 0) return null;
  return new BatchAugmenter(names, (seed * 2654435761 + epochsDone * 7919 + 17) >>> 0);
}
