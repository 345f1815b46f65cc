import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/architectures';
import { defaultSpec } from '../../src/model/spec';
import { makeOptimizer, trainStep } from '../../src/model/trainer';
import { expectClose, rand } from './kernelChecks';
import { tf, useBackend } from './tfNode';


interface ConvCase {
  x: [number, number, number, number];
  f: [number, number, number, number];
  s: number | [number, number];
  p: 'same' | 'valid';
}

/** dL/dx and dL/df of L = Σ conv2d(x, f) · r, on the current backend. */
function convGrads(c: ConvCase, seed: number): { out: Float32Array; dx: Float32Array; df: Float32Array } {
  return tf.tidy(() => {
    const x = tf.tensor4d(rand(c.x.reduce((a, b) => a * b), seed), c.x);
    const f = tf.tensor4d(rand(c.f.reduce((a, b) => a * b), seed + 1), c.f);
    const y = tf.conv2d(x, f, c.s, c.p);
    const r = tf.tensor(rand(y.size, seed + 2), y.shape);
    const [dx, df] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.s, c.p), r)))([x, f]);
    return { out: y.dataSync() as Float32Array, dx: dx.dataSync() as Float32Array, df: df.dataSync() as Float32Array };
  });
}


const convCases: ConvCase[] = [
  { x: [2, 5, 5, 1], f: [3, 3, 1, 2], s: 1, p: 'valid' },
  { x: [2, 5, 5, 1], f: [3, 3, 1, 2], s: 1, p: 'same' },
  { x: [3, 8, 7, 2], f: [5, 5, 2, 3], s: 1, p: 'same' },
  { x: [3, 8, 7, 2], f: [2, 3, 2, 3], s: 1, p: 'same' },
  { x: [2, 9, 9, 3], f: [3, 3, 3, 4], s: 2, p: 'valid' },
  { x: [2, 10, 9, 3], f: [3, 3, 3, 4], s: 2, p: 'same' },
  { x: [2, 10, 11, 2], f: [4, 2, 2, 3], s: [3, 2], p: 'valid' },
  { x: [1, 7, 6, 2], f: [3, 3, 2, 2], s: [2, 3], p: 'same' },
  { x: [4, 28, 28, 1], f: [5, 5, 1, 6], s: 1, p: 'same' },
  { x: [4, 14, 14, 6], f: [5, 5, 6, 16], s: 1, p: 'valid' },
  // Odd sizes, one input channel, and strides whose windows stop short of the last row or column
  // (the filter gradient's conv then computes extra rows/columns and crops them).
  { x: [5, 13, 11, 1], f: [5, 5, 1, 6], s: 1, p: 'same' },
  { x: [3, 12, 13, 1], f: [3, 3, 1, 5], s: 2, p: 'valid' },
  { x: [2, 11, 7, 4], f: [4, 4, 4, 2], s: 3, p: 'same' },
  { x: [2, 12, 9, 3], f: [2, 4, 3, 7], s: [3, 2], p: 'valid' },
  { x: [2, 6, 6, 3], f: [1, 1, 3, 2], s: 1, p: 'valid' },
];

describe('wasm training kernels = cpu', () => {
  for (const [i, c] of convCases.entries()) {
    it(`conv2d grads x=[${c.x}] f=[${c.f}] s=${String(c.s)} p=${c.p}`, async () => {
      await useBackend('cpu');
      const want = convGrads(c, 10 + i);
      await useBackend('wasm');
      const before = tf.memory().numTensors;
      const got = convGrads(c, 10 + i);
      expect(tf.memory().numTensors).toBe(before);
      expectClose(got.out, want.out, 1e-4);
      expectClose(got.dx, want.dx, 1e-4);
      expectClose(got.df, want.df, 1e-4);
    });
  }

  const mmCases: { a: number[]; b: number[]; ta: boolean; tb: boolean }[] = [
    { a: [5, 7], b: [7, 3], ta: false, tb: false },
    { a: [7, 5], b: [7, 3], ta: true, tb: false },
    { a: [5, 7], b: [3, 7], ta: false, tb: true },
    { a: [7, 5], b: [3, 7], ta: true, tb: true },
    { a: [2, 6, 4], b: [2, 3, 6], ta: true, tb: true },
    { a: [64, 120], b: [64, 84], ta: true, tb: false },
    { a: [3, 4, 5], b: [1, 6, 5], ta: false, tb: true },
  ];
  for (const [i, m] of mmCases.entries()) {
    // tfjs-core's matMul gradient does not support broadcast batch dimensions: forward only there.
    const broadcast = m.a.length > 2 && m.a[0] !== m.b[0];
    it(`matMul a=[${m.a}] b=[${m.b}] transposeA=${m.ta} transposeB=${m.tb}${broadcast ? '' : ', and its gradients'}`, async () => {
      const compute = () => tf.tidy(() => {
        const a = tf.tensor(rand(m.a.reduce((p, q) => p * q), 100 + i), m.a);
        const b = tf.tensor(rand(m.b.reduce((p, q) => p * q), 200 + i), m.b);
        const y = tf.matMul(a, b, m.ta, m.tb);
        if (broadcast) return [y.dataSync()] as Float32Array[];
        const r = tf.tensor(rand(y.size, 300 + i), y.shape);
        const [da, db] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.sum(tf.mul(tf.matMul(p, q, m.ta, m.tb), r)))([a, b]);
        return [y.dataSync(), da.dataSync(), db.dataSync()] as Float32Array[];
      });
      await useBackend('cpu');
      const want = compute();
      await useBackend('wasm');
      const before = tf.memory().numTensors;
      const got = compute();
      expect(tf.memory().numTensors).toBe(before);
      expect(got.length).toBe(want.length);
      for (let k = 0; k < want.length; k++) expectClose(got[k], want[k], 1e-4);
    });
  }

  const poolCases: { x: [number, number, number, number]; size: [number, number]; s: [number, number]; p: 'valid' | 'same'; ties: boolean }[] = [
    { x: [2, 8, 8, 3], size: [2, 2], s: [2, 2], p: 'valid', ties: false },
    { x: [2, 8, 8, 3], size: [2, 2], s: [2, 2], p: 'valid', ties: true },
    { x: [1, 7, 9, 2], size: [2, 2], s: [2, 2], p: 'valid', ties: true },
    { x: [2, 7, 7, 2], size: [3, 3], s: [2, 2], p: 'same', ties: true },
    { x: [1, 6, 6, 1], size: [2, 2], s: [1, 1], p: 'valid', ties: true },
    { x: [1, 9, 8, 2], size: [3, 2], s: [2, 3], p: 'same', ties: false },
    { x: [4, 28, 28, 6], size: [2, 2], s: [2, 2], p: 'valid', ties: true },
  ];
  for (const [i, c] of poolCases.entries()) {
    it(`maxPool grad x=[${c.x}] size=[${c.size}] s=[${c.s}] p=${c.p}${c.ties ? ' with ties' : ''}`, async () => {
      const n = c.x.reduce((a, b) => a * b);
      // Ties: values from {0, 1, 2} (many equal maxima in a window), as after a ReLU on flat regions.
      const values = c.ties ? Float32Array.from(rand(n, 400 + i), (v) => Math.max(0, Math.round(v * 2))) : rand(n, 400 + i);
      const compute = () => tf.tidy(() => {
        const x = tf.tensor4d(values, c.x);
        const y = tf.maxPool(x, c.size, c.s, c.p);
        const r = tf.tensor(rand(y.size, 500 + i), y.shape);
        const dx = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(a as tf.Tensor4D, c.size, c.s, c.p), r)))(x);
        return [y.dataSync(), dx.dataSync()] as Float32Array[];
      });
      await useBackend('cpu');
      const want = compute();
      await useBackend('wasm');
      const before = tf.memory().numTensors;
      const got = compute();
      expect(tf.memory().numTensors).toBe(before);
      expect(Array.from(got[0])).toEqual(Array.from(want[0]));
      // Overlapping windows sum in float32 here and in float64 on cpu: equal up to rounding. A gradient
      // sent to the wrong element of a window would differ by a whole dy value.
      expectClose(got[1], want[1], 1e-4);
    });
  }

  it('LeNet-5 training steps on wasm leave no tensor and no wasm data behind', async () => {
    await useBackend('wasm');
    const model = buildModel(defaultSpec('lenet5'), 1);
    const optimizer = makeOptimizer('adam', 0.001);
    const xs = tf.tensor4d(rand(8 * 784, 11).map((v) => Math.abs(v)), [8, 28, 28, 1]);
    const ys = tf.oneHot(tf.tensor1d([0, 1, 2, 3, 4, 5, 6, 7], 'int32'), 10);
    const step = () => {
      const { loss } = trainStep(model, optimizer, xs, ys, false);
      expect(Number.isFinite(loss.dataSync()[0])).toBe(true);
      loss.dispose();
    };
    step(); // the first step creates Adam's moment variables
    const tensors = tf.memory().numTensors;
    const data = tf.backend().numDataIds();
    for (let k = 0; k < 3; k++) step();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(tf.backend().numDataIds()).toBe(data);
    tf.dispose([xs, ys]);
    optimizer.dispose();
    model.dispose();
  });

  it('a LeNet-style conv layer trains on wasm (loss falls) with the kernels registered', async () => {
    await useBackend('wasm');
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 4, kernelSize: 3, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 2, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
    const x = tf.tensor4d(rand(32 * 64, 7), [32, 8, 8, 1]);
    const y = tf.oneHot(tf.tensor1d(Array.from({ length: 32 }, (_, k) => k % 2), 'int32'), 2);
    const first = (await model.trainOnBatch(x, y)) as number;
    let last = first;
    for (let k = 0; k < 30; k++) last = (await model.trainOnBatch(x, y)) as number;
    expect(last).toBeLessThan(first);
    tf.dispose([x, y]);
    model.dispose();
  });
});
