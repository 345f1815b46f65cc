/**
 * The tfjs pieces of training and evaluation shared by the training worker and the pretraining
 * script: batches from the byte arrays, one optimisation step, evaluation with a confusion matrix
 * and the misclassified list, single-image prediction, activations and first-layer filters.
 * Every function disposes what it creates (tf.tidy); callers dispose what they are handed.
 */
import * as tf from '@tensorflow/tfjs';
import type { ActivationModel } from './architectures';
import { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE } from './mnistSizes';
import type { LayerActivation, Misclassified, OptimizerName } from './protocol';

/** Images (count×784 bytes, 0–255, row-major 28×28) and labels (count bytes, 0–9). */
export interface Dataset {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/** The optimiser of a run. */
export function makeOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  switch (name) {
    case 'adam':
      return tf.train.adam(learningRate);
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
  }
}

/** Changes an optimiser's learning rate between steps (SGD caches it; Adam and RMSprop read the field). */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  const o = optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  if (o.setLearningRate) o.setLearningRate(learningRate);
  else o.learningRate = learningRate;
}

/**
 * The batch of images `order[start … start+size−1]` (or images start… when `order` is null, up to
 * `data.count`): xs [size, 28, 28, 1] scaled to 0–1 and one-hot ys [size, 10].
 */
export function makeBatch(data: Dataset, order: ArrayLike<number> | null, start: number, size: number): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  const total = order ? order.length : data.count;
  const n = Math.min(size, total - start);
  if (n <= 0) throw new RangeError(`batch start ${start} is past the end (${total})`);
  const x = new Float32Array(n * MNIST_PIXELS);
  const y = new Float32Array(n * MNIST_CLASSES);
  for (let i = 0; i < n; i++) {
    const k = order ? order[start + i] : start + i;
    const off = k * MNIST_PIXELS;
    for (let p = 0; p < MNIST_PIXELS; p++) x[i * MNIST_PIXELS + p] = data.images[off + p] / 255;
    y[i * MNIST_CLASSES + data.labels[k]] = 1;
  }
  return { xs: tf.tensor4d(x, [n, MNIST_SIDE, MNIST_SIDE, 1]), ys: tf.tensor2d(y, [n, MNIST_CLASSES]) };
}

/** Mean categorical cross-entropy of softmax outputs (clipped like Keras). */
export function crossEntropy(ys: tf.Tensor, probs: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.metrics.categoricalCrossentropy(ys, probs)) as tf.Scalar);
}

/**
 * One optimisation step on a batch (dropout active). With `labelSmoothing` ε > 0 the step minimises
 * the cross-entropy against smoothed targets (1 − ε + ε/10 for the label, ε/10 elsewhere).
 * Returns the batch's plain cross-entropy (the number the page plots, whatever ε), and its accuracy
 * when `withAccuracy` (the default), as scalars the caller reads (await .data()) and disposes.
 */
export function trainStep(model: tf.LayersModel, optimizer: tf.Optimizer, xs: tf.Tensor, ys: tf.Tensor): { loss: tf.Scalar; accuracy: tf.Scalar };
export function trainStep(model: tf.LayersModel, optimizer: tf.Optimizer, xs: tf.Tensor, ys: tf.Tensor, withAccuracy: false, labelSmoothing?: number): { loss: tf.Scalar; accuracy: undefined };
export function trainStep(model: tf.LayersModel, optimizer: tf.Optimizer, xs: tf.Tensor, ys: tf.Tensor, withAccuracy: boolean, labelSmoothing?: number): { loss: tf.Scalar; accuracy: tf.Scalar | undefined };
export function trainStep(model: tf.LayersModel, optimizer: tf.Optimizer, xs: tf.Tensor, ys: tf.Tensor, withAccuracy = true, labelSmoothing = 0): { loss: tf.Scalar; accuracy: tf.Scalar | undefined } {
  let accuracy: tf.Scalar | undefined;
  let plain: tf.Scalar | undefined;
  const minimised = tf.tidy(() => optimizer.minimize(() => {
    const probs = model.apply(xs, { training: true }) as tf.Tensor;
    if (withAccuracy) accuracy = tf.keep(tf.mean(tf.cast(tf.equal(tf.argMax(probs, -1), tf.argMax(ys, -1)), 'float32')) as tf.Scalar);
    if (labelSmoothing <= 0) return crossEntropy(ys, probs);
    plain = tf.keep(crossEntropy(ys, probs));
    return crossEntropy(tf.add(tf.mul(ys, 1 - labelSmoothing), labelSmoothing / MNIST_CLASSES), probs);
  }, true) as tf.Scalar);
  if (!plain) return { loss: minimised, accuracy };
  minimised.dispose();
  return { loss: plain, accuracy };
}

/** Result of `evaluate`. */
export interface Evaluation {
  loss: number;
  accuracy: number;
  count: number;
  /** confusion[label * 10 + predicted]. */
  confusion: Int32Array;
  /** The first `cap` misclassified images in test-set order. */
  misclassified: Misclassified[];
  /** The predicted digit of every evaluated image, in test-set order. */
  predictions: Uint8Array;
  /** Number of misclassified images (all, not only the listed ones). */
  errors: number;
}

/**
 * Evaluates on the first `count` images of `data` in batches (inference mode). `between` is awaited
 * after each batch (the worker yields there so that messages get through).
 */
export async function evaluate(
  model: tf.LayersModel,
  data: Dataset,
  count = data.count,
  options: { batchSize?: number; cap?: number; between?: () => Promise<void> } = {},
): Promise<Evaluation> {
  const batchSize = options.batchSize ?? 500;
  const cap = options.cap ?? 200;
  const n = Math.min(count, data.count);
  const confusion = new Int32Array(100);
  const misclassified: Misclassified[] = [];
  const predictions = new Uint8Array(n);
  let lossSum = 0;
  let correct = 0;
  const sub: Dataset = { images: data.images, labels: data.labels, count: n };
  for (let start = 0; start < n; start += batchSize) {
    const { xs, ys } = makeBatch(sub, null, start, batchSize);
    ys.dispose();
    const probsT = tf.tidy(() => model.predict(xs) as tf.Tensor);
    xs.dispose();
    const probs = (await probsT.data()) as Float32Array;
    probsT.dispose();
    const m = probs.length / 10;
    for (let i = 0; i < m; i++) {
      const index = start + i;
      const label = data.labels[index];
      const row = probs.subarray(i * 10, i * 10 + 10);
      let best = 0;
      for (let d = 1; d < 10; d++) if (row[d] > row[best]) best = d;
      confusion[label * 10 + best] += 1;
      predictions[index] = best;
      lossSum += -Math.log(Math.min(Math.max(row[label], 1e-7), 1 - 1e-7));
      if (best === label) correct += 1;
      else if (misclassified.length < cap) misclassified.push({ index, label, predicted: best, top: topK(row, 3) });
    }
    if (options.between) await options.between();
  }
  return { loss: lossSum / n, accuracy: correct / n, count: n, confusion, misclassified, predictions, errors: n - correct };
}

/** The k most probable classes, most probable first: [class, probability]. */
export function topK(probs: ArrayLike<number>, k: number): [number, number][] {
  return Array.from({ length: probs.length }, (_, d) => [d, probs[d]] as [number, number])
    .sort((a, b) => b[1] - a[1])
    .slice(0, k);
}

/** An image (784 values, 0–255 bytes or 0–1 floats as `scale` says) as a [1, 28, 28, 1] tensor. */
export function imageTensor(pixels: ArrayLike<number>, scale: 'bytes' | 'unit'): tf.Tensor4D {
  if (pixels.length !== MNIST_PIXELS) throw new RangeError(`an image has ${MNIST_PIXELS} pixels, got ${pixels.length}`);
  const x = new Float32Array(MNIST_PIXELS);
  const f = scale === 'bytes' ? 1 / 255 : 1;
  for (let p = 0; p < MNIST_PIXELS; p++) x[p] = pixels[p] * f;
  return tf.tensor4d(x, [1, MNIST_SIDE, MNIST_SIDE, 1]);
}

/** Class probabilities of one image. Leaves no tensor behind. */
export function predictImage(model: tf.LayersModel, pixels: ArrayLike<number>, scale: 'bytes' | 'unit'): Float32Array {
  return tf.tidy(() => Float32Array.from((model.predict(imageTensor(pixels, scale)) as tf.Tensor).dataSync()));
}

/**
 * Every layer's activation for one image (batch dimension dropped) and the probabilities (the last
 * layer's output). Leaves no tensor behind.
 */
export function activationsOf(act: ActivationModel, pixels: ArrayLike<number>, scale: 'bytes' | 'unit'): { layers: LayerActivation[]; probs: Float32Array } {
  return tf.tidy(() => {
    const outs = act.model.predict(imageTensor(pixels, scale));
    const list = Array.isArray(outs) ? outs : [outs];
    const layers = list.map((t, i) => ({
      name: act.names[i],
      type: act.types[i],
      shape: t.shape.slice(1),
      // A copy: some backends hand out their own storage, and these arrays get transferred.
      data: Float32Array.from(t.dataSync()),
    }));
    return { layers, probs: layers[layers.length - 1].data.slice() };
  });
}

/** The kernels of the first Conv2D layer, [kh, kw, inChannels, filters], or undefined. */
export function firstConvFilters(model: tf.LayersModel): { layer: string; shape: [number, number, number, number]; data: Float32Array } | undefined {
  const conv = model.layers.find((l) => l.getClassName() === 'Conv2D');
  if (!conv) return undefined;
  const kernel = conv.getWeights()[0];
  // A copy: the cpu and webgl backends may hand out the weight's own storage, and this gets transferred.
  return { layer: conv.name, shape: kernel.shape as [number, number, number, number], data: Float32Array.from(kernel.dataSync()) };
}
