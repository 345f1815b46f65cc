import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildModel } from '../../src/model/architectures';
import { defaultSpec } from '../../src/model/spec';
import { makeCamRunner } from '../../src/draw/camModel';
import { makeClassifier } from '../../src/draw/classifier';
import { camOf, classScores, total } from '../../src/draw/cam';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function image(seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: 784 }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  });
}

describe('makeClassifier', () => {
  test('LeNet-5: every shown layer, probabilities that add up to 1, no dropout or input layer', () => {
    const c = makeClassifier(buildModel(defaultSpec('lenet5'), 3), 'test', 'LeNet-5');
    expect(c.network.layers.map((l) => `${l.kind}:${l.shape.join('x')}`)).toEqual([
      'conv:28x28x6', 'pool:14x14x6', 'conv:10x10x16', 'pool:5x5x16', 'flatten:400', 'dense:120', 'dense:84', 'dense:10',
    ]);
    expect(c.network.layers[2].conv).toMatchObject({ kh: 5, kw: 5, C: 6, K: 16, padding: 'valid', activation: 'relu' });
    const p = c.predict(image(1));
    expect(p.activations.map((a) => a.length)).toEqual([4704, 1176, 1600, 400, 400, 120, 84, 10]);
    expect(p.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    c.dispose();
  });

  test('the lectures’ Keras model: dropout layers are skipped and the links jump over them', () => {
    const c = makeClassifier(buildModel(defaultSpec('keras'), 3), 'test', 'Keras');
    const names = c.network.layers.map((l) => l.className);
    expect(names).toEqual(['Conv2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense', 'Dense']);
    expect(c.network.layers.map((l) => l.inputIndex)).toEqual([-1, 0, 1, 2, 3, 4]);
    c.dispose();
  });

  test('a model that does not take 28×28×1 is refused with a message naming its input', () => {
    const m = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [32, 32, 3] }), tf.layers.dense({ units: 10, activation: 'softmax' })] });
    expect(() => makeClassifier(m, 'x', 'x')).toThrow(/32, 32, 3/);
    m.dispose();
  });

  test('no tensor leak after 1,000 predictions (LeNet-5 and the GAP-CAM runner)', () => {
    const c = makeClassifier(buildModel(defaultSpec('lenet5'), 5), 'test', 'LeNet-5');
    const cam = makeCamRunner(buildModel(defaultSpec('gap-cam'), 5));
    const x = image(2);
    c.predict(x);
    cam.run(x, 0);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) c.predict(x);
    for (let i = 0; i < 50; i++) cam.run(x, i);
    expect(tf.memory().numTensors).toBe(before);
    c.dispose();
    cam.dispose();
  });
});

describe('makeCamRunner', () => {
  test('f_k and w_k^c of a GAP-CAM model: Σ M_c / (H·W) equals the model’s own score', () => {
    const model = buildModel(defaultSpec('gap-cam'), 7);
    const cam = makeCamRunner(model);
    const r = cam.run(image(3), 1);
    expect([r.H, r.W, r.K, r.N]).toEqual([7, 7, 64, 10]);
    const layer = { features: r.features, K: r.K, H: r.H, W: r.W, weights: r.weights, N: r.N, bias: r.bias };
    const s = classScores(layer);
    // the model's softmax of z equals its probabilities
    const ez = Array.from(s.z, Math.exp);
    const sum = ez.reduce((a, b) => a + b, 0);
    for (let c = 0; c < 10; c++) {
      expect(ez[c] / sum).toBeCloseTo(r.probs[c], 4);
      expect(total(camOf(layer, c)) / 49).toBeCloseTo(s.z[c], 4);
    }
    cam.dispose();
  });

  test('a model without global average pooling is not a CAM model', () => {
    expect(() => makeCamRunner(buildModel(defaultSpec('lenet5'), 1))).toThrow(/global average pooling/);
  });
});
