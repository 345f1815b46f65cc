import { describe, expect, it } from 'vitest';
import { expectClose, rand } from './kernelChecks';
import { tf, useBackend } from './tfNode';


const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Runs `compute` on cpu, then on wasm (checking it leaves no tensor and no wasm data behind). */
async function onBoth<T>(compute: () => T): Promise<{ want: T; got: T }> {
  await useBackend('cpu');
  const want = compute();
  await useBackend('wasm');
  const tensors = tf.memory().numTensors;
  const data = tf.backend().numDataIds();
  const got = compute();
  expect(tf.memory().numTensors).toBe(tensors);
  expect(tf.backend().numDataIds()).toBe(data);
  return { want, got };
}

/** Index of the first differing element (−1: none); a failure then prints one number, not 300k. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}


describe('wasm Add with a per-channel vector = cpu', () => {
  const cases: { a: number[]; b: number[] }[] = [
    { a: [64, 28, 28, 6], b: [6] }, // LeNet-5's first bias
    { a: [3, 5, 7, 1], b: [1] },
    { a: [2, 9, 11, 16], b: [1, 1, 16] },
    { a: [7, 13], b: [13] },
    { a: [5], b: [4, 3, 5] }, // vector first
    { a: [1, 1, 1, 3], b: [2, 300, 300, 3] }, // vector first; the image is too big to tile whole
    { a: [4, 5, 6], b: [4, 5, 6] }, // same shapes: the original Add
    { a: [4, 5, 6], b: [5, 1] }, // another broadcast: the original Add
    { a: [4, 6], b: [] }, // a scalar: the original Add
  ];
  for (const [i, c] of cases.entries()) {
    it(`[${c.a}] + [${c.b}]`, async () => {
      const { want, got } = await onBoth(() => tf.tidy(() => {
        const a = tf.tensor(rand(size(c.a), 10 + i), c.a);
        const b = tf.tensor(rand(size(c.b), 20 + i), c.b);
        return { shape: tf.add(a, b).shape, values: tf.add(a, b).dataSync() };
      }));
      expect(got.shape).toEqual(want.shape);
      expect(firstDifference(got.values, want.values)).toBe(-1); // the same float32 sums
    });
  }

  it('int32 tensors keep the original Add', async () => {
    const { want, got } = await onBoth(() => tf.tidy(() => tf.add(tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3], 'int32'), tf.tensor1d([10, 20, 30], 'int32')).dataSync()));
    expect(firstDifference(got, want)).toBe(-1);
  });

  it('the gradient of a conv layer bias (Add, then Sum over batch, rows and columns)', async () => {
    const { want, got } = await onBoth(() => tf.tidy(() => {
      const x = tf.tensor4d(rand(6 * 9 * 7 * 5, 3), [6, 9, 7, 5]);
      const bias = tf.tensor1d(rand(5, 4));
      const r = tf.tensor4d(rand(6 * 9 * 7 * 5, 5), [6, 9, 7, 5]);
      const [dx, db] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.sum(tf.mul(tf.relu(tf.add(p, q)), r)))([x, bias]);
      return [dx.dataSync(), db.dataSync()];
    }));
    expectClose(got[0], want[0], 1e-5);
    expectClose(got[1], want[1], 1e-5);
  });
});

describe('wasm Sum over leading axes = cpu', () => {
  const cases: { shape: number[]; axis: number | number[]; keepDims?: boolean; int?: boolean }[] = [
    { shape: [64, 28, 28, 6], axis: [0, 1, 2] }, // LeNet-5's first bias gradient
    { shape: [64, 10, 10, 16], axis: [0, 1, 2] },
    { shape: [5, 7, 3], axis: [0, 1], keepDims: true },
    { shape: [9, 13], axis: 0 },
    { shape: [64, 120], axis: [0] },
    { shape: [4, 3, 5, 2], axis: [1, 0] }, // axes in any order
    { shape: [4, 3, 5, 2], axis: [-4, -3, -2], keepDims: true },
    { shape: [3, 900, 40], axis: [0, 1] }, // too big for the second product: the original Sum
    { shape: [3, 4, 5], axis: [1, 2] }, // not leading: the original Sum
    { shape: [3, 4, 5], axis: [0, 1, 2] }, // everything: the original Sum
    { shape: [6, 4], axis: 0, int: true }, // int32: the original Sum
  ];
  for (const [i, c] of cases.entries()) {
    it(`shape [${c.shape}] axis ${JSON.stringify(c.axis)}${c.keepDims ? ' keepDims' : ''}${c.int ? ' int32' : ''}`, async () => {
      const { want, got } = await onBoth(() => tf.tidy(() => {
        const values = c.int ? Int32Array.from(rand(size(c.shape), 30 + i), (v) => Math.round(v * 100)) : rand(size(c.shape), 30 + i);
        const s = tf.sum(tf.tensor(values, c.shape, c.int ? 'int32' : 'float32'), c.axis, c.keepDims ?? false);
        return { shape: s.shape, values: s.dataSync() };
      }));
      expect(got.shape).toEqual(want.shape);
      expectClose(got.values, want.values, 1e-5);
    });
  }
});

describe('wasm Identity shares its input', () => {
  it('a clone has the same values and outlives the original', async () => {
    await useBackend('wasm');
    const tensors = tf.memory().numTensors;
    const data = tf.backend().numDataIds();
    const x = tf.tensor3d(rand(60, 9), [3, 4, 5]);
    const y = tf.clone(x);
    const want = Array.from(x.dataSync());
    x.dispose();
    expect(firstDifference(y.dataSync(), want)).toBe(-1);
    y.dispose();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(tf.backend().numDataIds()).toBe(data);
  });
});
