import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convCellArithmetic, hwcToChw, tfjsKernelToCore, type ConvLayerParams } from '../../src/draw/cellArithmetic';

describe('layout conversions', () => {
  test('tfjs kernel [kh, kw, C, K] → core [K, C, kh, kw]', () => {
    expect(Array.from(tfjsKernelToCore([1, 2, 3, 4, 5, 6], 1, 1, 2, 3))).toEqual([1, 4, 2, 5, 3, 6]);
    // 2×1 kernel, C = 1, K = 2: tfjs [i0k0, i0k1, i1k0, i1k1]
    expect(Array.from(tfjsKernelToCore([1, 2, 3, 4], 2, 1, 1, 2))).toEqual([1, 3, 2, 4]);
    expect(() => tfjsKernelToCore([1, 2], 1, 1, 2, 3)).toThrow(RangeError);
  });
  test('[H, W, C] → [C, H, W]', () => {
    expect(Array.from(hwcToChw([1, 2, 3, 4], 1, 2, 2))).toEqual([1, 3, 2, 4]);
  });
});

/** Deterministic pseudo-random numbers in [-1, 1). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

async function paramsOf(layer: tf.layers.Layer, padding: 'same' | 'valid'): Promise<ConvLayerParams> {
  const [kT, bT] = layer.getWeights();
  const [kh, kw, C, K] = kT.shape;
  return {
    name: layer.name, kh, kw, C, K,
    kernel: tfjsKernelToCore(await kT.data(), kh, kw, C, K),
    bias: Float64Array.from(await bT.data()),
    stride: [1, 1], padding, activation: 'relu',
  };
}

describe('core convSteps vs tfjs, LeNet-5-like layers with random weights', () => {
  let model: tf.Sequential;
  beforeAll(async () => {
    await tf.setBackend('cpu');
    model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 5, padding: 'same', activation: 'relu', biasInitializer: 'randomNormal', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.conv2d({ filters: 16, kernelSize: 5, padding: 'valid', activation: 'relu', biasInitializer: tf.initializers.randomNormal({ seed: 3, stddev: 0.1 }), kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
  });
  afterAll(() => model.dispose());

  test('40 random cells of each conv layer equal tfjs to 1e-4', async () => {
    const rand = rng(42);
    const image = Float32Array.from({ length: 784 }, () => Math.max(0, rand()));
    const layers = model.layers;
    const outs = tf.tidy(() => {
      const x = tf.tensor4d(image, [1, 28, 28, 1]);
      const a1 = layers[0].apply(x) as tf.Tensor;
      const p1 = layers[1].apply(a1) as tf.Tensor;
      const a2 = layers[2].apply(p1) as tf.Tensor;
      return [a1, p1, a2];
    });
    const [a1, p1, a2] = await Promise.all(outs.map((t) => t.data()));
    tf.dispose(outs);
    const conv1 = await paramsOf(layers[0], 'same');
    const conv2 = await paramsOf(layers[2], 'valid');
    let nonzero = 0;
    for (let i = 0; i < 40; i++) {
      const k1 = Math.floor(((rand() + 1) / 2) * 6), r1 = Math.floor(((rand() + 1) / 2) * 28), c1 = Math.floor(((rand() + 1) / 2) * 28);
      // corners exercise the 'same' padding
      const [rr, cc] = i < 4 ? [[0, 0], [0, 27], [27, 0], [27, 27]][i] : [r1, c1];
      const a = convCellArithmetic({ data: image, H: 28, W: 28 }, conv1, k1, rr, cc);
      expect(Math.abs(a.value - a1[(rr * 28 + cc) * 6 + k1])).toBeLessThan(1e-4);
      if (i < 4) expect(a.isPadding.filter(Boolean).length).toBe(16); // a 5×5 window at a corner: 2 padding rows + 2 columns
      const k2 = Math.floor(((rand() + 1) / 2) * 16), r2 = Math.floor(((rand() + 1) / 2) * 10), c2 = Math.floor(((rand() + 1) / 2) * 10);
      const b = convCellArithmetic({ data: p1, H: 14, W: 14 }, conv2, k2, r2, c2);
      expect(Math.abs(b.value - a2[(r2 * 10 + c2) * 16 + k2])).toBeLessThan(1e-4);
      expect(b.step.channelSums.length).toBe(6);
      expect(b.step.products.shape).toEqual([6, 5, 5]);
      if (b.z > 0) nonzero++;
    }
    expect(nonzero).toBeGreaterThan(3); // the comparison is not only ReLU zeros
  });

  test('cells and filters outside the layer are refused', () => {
    const p: ConvLayerParams = { name: 'c', kh: 3, kw: 3, C: 1, K: 2, kernel: new Float64Array(18), bias: new Float64Array(2), stride: [1, 1], padding: 'valid', activation: 'relu' };
    const input = { data: new Float32Array(25), H: 5, W: 5 };
    expect(() => convCellArithmetic(input, p, 2, 0, 0)).toThrow(RangeError);
    expect(() => convCellArithmetic(input, p, 0, 3, 0)).toThrow(RangeError);
    expect(() => convCellArithmetic({ data: new Float32Array(24), H: 5, W: 5 }, p, 0, 0, 0)).toThrow(RangeError);
  });
});
