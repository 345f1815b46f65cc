import { describe, expect, it } from 'vitest';
import { activationModel, buildModel } from '../../src/model/architectures';
import { classActivationMap } from '../../src/model/cam';
import { defaultSpec, type ModelSpec } from '../../src/model/spec';
import { summarize } from '../../src/model/summary';
import { tf, useBackend } from './tfNode';

const specs: [string, ModelSpec][] = [
  ['lenet5 default', defaultSpec('lenet5')],
  ['keras default', defaultSpec('keras')],
  ['gap-cam default', defaultSpec('gap-cam')],
  ['lenet5 8@3x3, 20@7x7, 64, 32, dropout 0.2', { kind: 'lenet5', conv: [{ filters: 8, kernel: 3 }, { filters: 20, kernel: 7 }], dense: [64, 32], dropoutConv: 0, dropoutDense: 0.2 }],
  ['keras 16@5x5, 8@1x1, 10', { kind: 'keras', conv: [{ filters: 16, kernel: 5 }, { filters: 8, kernel: 1 }], dense: [10], dropoutConv: 0, dropoutDense: 0.1 }],
  ['gap-cam 4@7x7, 8@5x5, 12@2x2', { kind: 'gap-cam', conv: [{ filters: 4, kernel: 7 }, { filters: 8, kernel: 5 }, { filters: 12, kernel: 2 }], dense: [], dropoutConv: 0, dropoutDense: 0.3 }],
];

describe('buildModel', () => {
  for (const [label, spec] of specs) {
    it(`${label}: layers, output shapes and param counts equal summarize(spec)`, async () => {
      await useBackend('cpu');
      const before = tf.memory().numTensors;
      const model = buildModel(spec, 1);
      const s = summarize(spec);
      expect(model.countParams()).toBe(s.totalParams);
      expect(model.layers.map((l) => ({ name: l.name, type: l.getClassName(), outputShape: l.outputShape, params: l.countParams() }))).toEqual(s.rows);
      expect(model.inputs[0].shape).toEqual([null, 28, 28, 1]);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('the same seed gives the same weights; another seed does not', async () => {
    await useBackend('cpu');
    const a = buildModel(defaultSpec('lenet5'), 7);
    const b = buildModel(defaultSpec('lenet5'), 7);
    const c = buildModel(defaultSpec('lenet5'), 8);
    const w = (m: tf.LayersModel) => Array.from(m.getWeights()[0].dataSync());
    expect(w(a)).toEqual(w(b));
    expect(w(a)).not.toEqual(w(c));
    [a, b, c].forEach((m) => m.dispose());
  });
});

describe('activationModel', () => {
  it('returns every layer activation in one predict; the last equals model.predict', async () => {
    await useBackend('cpu');
    const model = buildModel(defaultSpec('lenet5'), 3);
    const act = activationModel(model);
    expect(act.names).toEqual(['conv2d_1', 'max_pooling2d_1', 'conv2d_2', 'max_pooling2d_2', 'flatten_1', 'dense_1', 'dense_2', 'dense_3']);
    expect(act.types[0]).toBe('Conv2D');
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 5);
    const outs = act.model.predict(x) as tf.Tensor[];
    expect(outs.map((t) => t.shape)).toEqual([[2, 28, 28, 6], [2, 14, 14, 6], [2, 10, 10, 16], [2, 5, 5, 16], [2, 400], [2, 120], [2, 84], [2, 10]]);
    const direct = model.predict(x) as tf.Tensor;
    expect(Array.from(outs[7].dataSync())).toEqual(Array.from(direct.dataSync()));
    tf.dispose([x, direct, ...outs]);
    model.dispose();
  });
});

describe('classActivationMap', () => {
  it('LESSONS.md L34 teaching example: M_cat and M_dog, sums S_cat = 9 and S_dog = 0.5', () => {
    // f1 (centre blob) and f2 (top-left corner), channels last: features[p * 2 + k].
    const f1 = [0, 1, 0, 1, 3, 1, 0, 1, 0];
    const f2 = [2, 1, 0, 1, 0, 0, 0, 0, 0];
    const features = f1.flatMap((v, p) => [v, f2[p]]);
    // weights [K=2, classes=2]: w^cat = (1, 0.5), w^dog = (-0.5, 1).
    const weights = [1, -0.5, 0.5, 1];
    const cat = classActivationMap(features, [3, 3, 2], weights, 2, 0);
    const dog = classActivationMap(features, [3, 3, 2], weights, 2, 1);
    expect(Array.from(cat)).toEqual([1, 1.5, 0, 1.5, 3, 1, 0, 1, 0]);
    expect(Array.from(dog)).toEqual([2, 0.5, 0, 0.5, -1.5, -0.5, 0, -0.5, 0]);
    expect(cat.reduce((a, b) => a + b, 0)).toBe(9);
    expect(dog.reduce((a, b) => a + b, 0)).toBe(0.5);
  });

  it('on the GAP-CAM model, the mean of M_c equals the pre-softmax score S_c', async () => {
    await useBackend('cpu');
    const model = buildModel(defaultSpec('gap-cam'), 4);
    const act = activationModel(model);
    const x = tf.randomUniform([1, 28, 28, 1], 0, 1, 'float32', 9);
    const outs = act.model.predict(x) as tf.Tensor[];
    const convIndex = act.names.indexOf('conv2d_3');
    const features = outs[convIndex].dataSync();
    const w = model.getLayer('dense_1').getWeights()[0];
    expect(model.getLayer('dense_1').getWeights().length).toBe(1);
    const scores = tf.tidy(() => tf.matMul(outs[act.names.indexOf('global_average_pooling2d_1')], w).dataSync());
    for (let c = 0; c < 10; c++) {
      const m = classActivationMap(features, [7, 7, 64], w.dataSync(), 10, c);
      expect(m.reduce((a, b) => a + b, 0) / 49).toBeCloseTo(scores[c], 4);
    }
    expect(() => classActivationMap(features, [7, 7, 63], w.dataSync(), 10, 0)).toThrow(RangeError);
    tf.dispose([x, ...outs]);
    model.dispose();
  });
});
