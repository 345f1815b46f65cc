import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { convCellArithmetic, tfjsKernelToCore, type ConvLayerParams } from '../../src/draw/cellArithmetic';
import { makeClassifier } from '../../src/draw/classifier';
import { buildModel } from '../../src/model/architectures';
import { defaultSpec } from '../../src/model/spec';

describe('layout conversions', () => {
  test('tfjs kernel [kh, kw, C, K] → core [K, C, kh, kw]', () => {
    expect(Array.from(tfjsKernelToCore([1, 2, 3, 4, 5, 6], 1, 1, 2, 3))).toEqual([1, 4, 2, 5, 3, 6]);
    // 2×1 kernel, C = 1, K = 2: tfjs [i0k0, i0k1, i1k0, i1k1]
    expect(Array.from(tfjsKernelToCore([1, 2, 3, 4], 2, 1, 1, 2))).toEqual([1, 3, 2, 4]);
    expect(() => tfjsKernelToCore([1, 2], 1, 1, 2, 3)).toThrow(RangeError);
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

describe('core convSteps vs tfjs on the app’s architectures (random weights and biases)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const kind of ['lenet5', 'keras', 'gap-cam'] as const) {
    test(`${kind}: 40 random cells of every conv layer equal tfjs to 1e-4`, () => {
      const rand = rng(kind.length * 7919);
      const model = buildModel(defaultSpec(kind), 11);
      // non-zero biases, so that the bias is part of the check
      for (const layer of model.layers) {
        if (layer.getClassName() !== 'Conv2D') continue;
        const [k, b] = layer.getWeights();
        layer.setWeights([k, tf.tensor1d(Array.from({ length: b.shape[0] }, () => rand() * 0.2))]);
      }
      const c = makeClassifier(model, kind, kind);
      const image = Float32Array.from({ length: 784 }, () => Math.max(0, rand()));
      const { activations } = c.predict(image);
      let checked = 0, active = 0, padded = 0;
      for (const layer of c.network.layers) {
        if (!layer.conv) continue;
        const [OH, OW, K] = layer.shape;
        const input = layer.inputIndex < 0 ? image : activations[layer.inputIndex];
        const [H, W] = layer.inputIndex < 0 ? [28, 28] : c.network.layers[layer.inputIndex].shape;
        for (let i = 0; i < 40; i++) {
          const pick = (n: number) => Math.min(n - 1, Math.floor(((rand() + 1) / 2) * n));
          // the four corners first: they exercise 'same' padding
          const [row, col] = i < 4 ? [[0, 0], [0, OW - 1], [OH - 1, 0], [OH - 1, OW - 1]][i] : [pick(OH), pick(OW)];
          const k = pick(K);
          const a = convCellArithmetic({ data: input, H, W }, layer.conv, k, row, col);
          const tfjs = activations[layer.index][(row * OW + col) * K + k];
          expect(Math.abs(a.value - tfjs)).toBeLessThan(1e-4);
          expect(a.step.channelSums.length).toBe(layer.conv.C);
          if (a.z > 0) active++;
          if (a.isPadding.some(Boolean)) padded++;
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(80);
      expect(active).toBeGreaterThan(5); // not only ReLU zeros
      if (kind !== 'keras') expect(padded).toBeGreaterThan(0);
      c.dispose();
    });
  }

  test('cells and filters outside the layer are refused', () => {
    const p: ConvLayerParams = { name: 'c', kh: 3, kw: 3, C: 1, K: 2, kernel: new Float64Array(18), bias: new Float64Array(2), stride: [1, 1], padding: 'valid', activation: 'relu' };
    const input = { data: new Float32Array(25), H: 5, W: 5 };
    expect(() => convCellArithmetic(input, p, 2, 0, 0)).toThrow(RangeError);
    expect(() => convCellArithmetic(input, p, 0, 3, 0)).toThrow(RangeError);
    expect(() => convCellArithmetic({ data: new Float32Array(24), H: 5, W: 5 }, p, 0, 0, 0)).toThrow(RangeError);
  });
});
