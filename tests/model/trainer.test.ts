import { describe, expect, it } from 'vitest';
import { activationModel, buildModel } from '../../src/model/architectures';
import { defaultSpec } from '../../src/model/spec';
import { activationsOf, evaluate, firstConvFilters, makeBatch, makeOptimizer, predictImage, topK, trainStep, type Dataset } from '../../src/model/trainer';
import { mulberry32, shuffledIndices } from '../../src/model/random';
import { RateMeter } from '../../src/model/rateMeter';
import { tf, useBackend } from './tfNode';

/** A synthetic data set: digit d is a bright square at a place that depends on d. */
function synthetic(count: number, seed: number): Dataset {
  const r = mulberry32(seed);
  const images = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const d = Math.floor(r() * 10);
    labels[i] = d;
    const top = 2 + (d % 5) * 5;
    const left = 4 + Math.floor(d / 5) * 12;
    for (let y = top; y < top + 4; y++) for (let x = left; x < left + 8; x++) images[i * 784 + y * 28 + x] = 200 + Math.floor(r() * 55);
  }
  return { images, labels, count };
}

describe('trainer helpers', () => {
  it('1,000 predictions, activations and an evaluation leave numTensors unchanged', async () => {
    await useBackend('cpu');
    const model = buildModel(defaultSpec('lenet5'), 1);
    const act = activationModel(model);
    const data = synthetic(50, 3);
    // Warm up: the first predict creates nothing that stays, but make sure.
    predictImage(model, data.images.subarray(0, 784), 'bytes');
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) {
      const k = i % data.count;
      const p = predictImage(model, data.images.subarray(k * 784, (k + 1) * 784), 'bytes');
      expect(p.length).toBe(10);
    }
    expect(tf.memory().numTensors).toBe(before);
    for (let i = 0; i < 20; i++) activationsOf(act, data.images.subarray(0, 784), 'bytes');
    await evaluate(model, data, 50, { batchSize: 16 });
    firstConvFilters(model);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('training steps (wasm) leave numTensors unchanged once the optimiser has its slots; the loss falls', async () => {
    await useBackend('wasm');
    const model = buildModel({ kind: 'lenet5', conv: [{ filters: 4, kernel: 3 }, { filters: 4, kernel: 3 }], dense: [16, 16], dropoutConv: 0, dropoutDense: 0 }, 2);
    const opt = makeOptimizer('adam', 0.01);
    const data = synthetic(64, 4);
    const order = shuffledIndices(64, mulberry32(1));
    const step = async () => {
      const { xs, ys } = makeBatch(data, order, 0, 64);
      const { loss, accuracy } = trainStep(model, opt, xs, ys);
      const l = (await loss.data())[0];
      tf.dispose([xs, ys, loss, accuracy]);
      return l;
    };
    const first = await step();
    const after1 = tf.memory().numTensors;
    let last = first;
    for (let i = 0; i < 30; i++) last = await step();
    expect(tf.memory().numTensors).toBe(after1);
    expect(last).toBeLessThan(first * 0.5);
    const ev = await evaluate(model, data);
    expect(ev.accuracy).toBeGreaterThan(0.9);
    expect(ev.confusion.reduce((a, b) => a + b, 0)).toBe(64);
    opt.dispose();
    model.dispose();
    await useBackend('cpu');
  });

  it('label smoothing changes the step but not the loss it returns (the plain cross-entropy); no tensor is left behind', async () => {
    await useBackend('cpu');
    const spec = { kind: 'lenet5' as const, conv: [{ filters: 4, kernel: 3 }, { filters: 4, kernel: 3 }], dense: [16, 16], dropoutConv: 0, dropoutDense: 0 };
    const data = synthetic(32, 5);
    const run = async (smoothing: number) => {
      const model = buildModel(spec, 3);
      const opt = makeOptimizer('adam', 0.01);
      const { xs, ys } = makeBatch(data, null, 0, 32);
      const plain = tf.tidy(() => tf.mean(tf.metrics.categoricalCrossentropy(ys, model.predict(xs) as tf.Tensor)).dataSync()[0]);
      const { loss } = trainStep(model, opt, xs, ys, false, smoothing);
      const before = tf.memory().numTensors;
      const again = trainStep(model, opt, xs, ys, false, smoothing);
      const lossV = (await loss.data())[0];
      tf.dispose([loss, again.loss]);
      const afterSecond = tf.memory().numTensors;
      const weights = Float32Array.from(model.getWeights()[0].dataSync());
      tf.dispose([xs, ys]);
      opt.dispose();
      model.dispose();
      return { plain, lossV, weights, leaked: afterSecond - (before - 1) };
    };
    const a = await run(0);
    const b = await run(0.1);
    expect(a.lossV).toBeCloseTo(a.plain, 5);
    expect(b.lossV).toBeCloseTo(b.plain, 5);
    expect(b.plain).toBeCloseTo(a.plain, 6);
    expect(a.leaked).toBe(0);
    expect(b.leaked).toBe(0);
    const moved = a.weights.reduce((m, w, i) => Math.max(m, Math.abs(w - b.weights[i])), 0);
    expect(moved).toBeGreaterThan(1e-6);
  });

  it('makeBatch scales to 0–1 and one-hot encodes; a short last batch', async () => {
    await useBackend('cpu');
    const data = synthetic(5, 9);
    const { xs, ys } = makeBatch(data, [4, 2, 0], 1, 4);
    expect(xs.shape).toEqual([2, 28, 28, 1]);
    const x = xs.dataSync();
    expect(x[100]).toBeCloseTo(data.images[2 * 784 + 100] / 255, 6);
    expect(Array.from(ys.argMax(-1).dataSync())).toEqual([data.labels[2], data.labels[0]]);
    tf.dispose([xs, ys]);
    expect(() => makeBatch(data, [0], 1, 4)).toThrow(RangeError);
  });

  it('topK sorts by probability', () => {
    expect(topK([0.1, 0.6, 0.05, 0.25], 3)).toEqual([[1, 0.6], [3, 0.25], [0, 0.1]]);
  });
});

describe('RateMeter', () => {
  it('images per second over about the last second', () => {
    const m = new RateMeter();
    expect(m.rate()).toBe(0);
    m.add(0, 64);
    m.add(20, 64);
    expect(m.rate()).toBe(3200);
    for (let t = 40; t <= 3000; t += 20) m.add(t, 32);
    expect(m.rate()).toBeCloseTo(1600, 6);
  });
});
