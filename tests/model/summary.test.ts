import { describe, expect, it } from 'vitest';
import { defaultSpec, validateSpec, type ModelSpec } from '../../src/model/spec';
import { planLayers, summarize } from '../../src/model/summary';
import { settingsProblem } from '../../src/model/settings';
import { RECOMMENDED_SETTINGS } from '../../src/model/spec';

describe('summarize', () => {
  it('keras default = LESSONS.md L26 (320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290; total 1,199,882)', () => {
    const s = summarize(defaultSpec('keras'));
    expect(s.rows.map((r) => r.params)).toEqual([320, 18496, 0, 0, 0, 1179776, 0, 1290]);
    expect(s.rows.map((r) => r.type)).toEqual(['Conv2D', 'Conv2D', 'MaxPooling2D', 'Dropout', 'Flatten', 'Dense', 'Dropout', 'Dense']);
    expect(s.rows.map((r) => r.outputShape)).toEqual([
      [null, 26, 26, 32], [null, 24, 24, 64], [null, 12, 12, 64], [null, 12, 12, 64], [null, 9216], [null, 128], [null, 128], [null, 10],
    ]);
    expect(s.totalParams).toBe(1199882);
    expect(s.trainableParams).toBe(1199882);
    expect(s.nonTrainableParams).toBe(0);
  });

  it('lenet5 default: 6@28x28, 6@14x14, 16@10x10, 16@5x5, 400, 120, 84, 10; 61,706 params', () => {
    const s = summarize(defaultSpec('lenet5'));
    expect(s.rows.map((r) => r.outputShape)).toEqual([
      [null, 28, 28, 6], [null, 14, 14, 6], [null, 10, 10, 16], [null, 5, 5, 16], [null, 400], [null, 120], [null, 84], [null, 10],
    ]);
    expect(s.rows.map((r) => r.params)).toEqual([156, 0, 2416, 0, 0, 48120, 10164, 850]);
    expect(s.totalParams).toBe(61706);
  });

  it('gap-cam default keeps a 7x7 map before global average pooling', () => {
    const s = summarize(defaultSpec('gap-cam'));
    expect(s.rows.map((r) => r.outputShape)).toEqual([
      [null, 28, 28, 16], [null, 14, 14, 16], [null, 14, 14, 32], [null, 7, 7, 32], [null, 7, 7, 64], [null, 64], [null, 10],
    ]);
    expect(s.rows.map((r) => r.params)).toEqual([416, 0, 12832, 0, 18496, 0, 640]);
    expect(s.totalParams).toBe(32384);
  });

  it('names layers like Keras, counting per type', () => {
    expect(planLayers(defaultSpec('keras')).map((l) => l.name)).toEqual([
      'conv2d_1', 'conv2d_2', 'max_pooling2d_1', 'dropout_1', 'flatten_1', 'dense_1', 'dropout_2', 'dense_2',
    ]);
  });

  it('updates with the spec: conv1 filters 8 kernel 7 in keras', () => {
    const spec: ModelSpec = { ...defaultSpec('keras'), conv: [{ filters: 8, kernel: 7 }, { filters: 64, kernel: 3 }] };
    const s = summarize(spec);
    expect(s.rows[0]).toEqual({ name: 'conv2d_1', type: 'Conv2D', outputShape: [null, 22, 22, 8], params: (7 * 7 + 1) * 8 });
    expect(s.rows[4].outputShape).toEqual([null, 10 * 10 * 64]);
  });

  it('lenet5 dropout > 0 adds a Dropout layer before the output', () => {
    const s = summarize({ ...defaultSpec('lenet5'), dropoutDense: 0.3 });
    expect(s.rows.map((r) => r.type).slice(-2)).toEqual(['Dropout', 'Dense']);
  });

  it('rejects specs outside the limits with a RangeError naming the field', () => {
    expect(() => summarize({ ...defaultSpec('keras'), dense: [0] })).toThrow(RangeError);
    expect(validateSpec({ ...defaultSpec('keras'), dense: [0] })).toEqual([
      { field: 'dense.0', message: 'dense layer 1 width must be a whole number from 1 to 256 (got 0)' },
    ]);
    expect(validateSpec({ ...defaultSpec('lenet5'), conv: [{ filters: 6, kernel: 5 }] })[0].field).toBe('conv');
    expect(validateSpec({ ...defaultSpec('lenet5'), dropoutDense: 1 })[0].field).toBe('dropoutDense');
    expect(validateSpec({ ...defaultSpec('gap-cam'), conv: [{ filters: 2.5, kernel: 3 }, { filters: 1, kernel: 3 }, { filters: 1, kernel: 9 }] }).map((i) => i.field))
      .toEqual(['conv.0.filters', 'conv.2.kernel']);
  });
});

describe('settingsProblem', () => {
  const ok = { epochs: 2, batchSize: 64, learningRate: 0.002, optimizer: 'adam' as const, seed: 1 };
  it('accepts the recommended settings and names the first bad value', () => {
    expect(settingsProblem({ ...ok, lrDecay: RECOMMENDED_SETTINGS.lenet5.lrDecay })).toBeUndefined();
    expect(settingsProblem({ ...ok, lrDecay: 0 })).toBe('learning-rate decay must be from 0.1 to 1 (got 0)');
    expect(settingsProblem({ ...ok, batchSize: 2000 })).toBe('batch size must be a whole number from 1 to 1024 (got 2000)');
    expect(settingsProblem({ ...ok, learningRate: Number.NaN })).toBe('learning rate must be from 0.000001 to 1 (got NaN)');
    expect(settingsProblem({ ...ok, limit: 0 })).toBe('limit must be a whole number from 1 to 60000 (got 0)');
    expect(settingsProblem({ ...ok, schedule: RECOMMENDED_SETTINGS.lenet5.schedule, labelSmoothing: RECOMMENDED_SETTINGS.lenet5.labelSmoothing })).toBeUndefined();
    expect(settingsProblem({ ...ok, schedule: 'cosine' as never })).toBe('schedule must be step or onecycle (got cosine)');
    expect(settingsProblem({ ...ok, labelSmoothing: 0.5 })).toBe('label smoothing must be from 0 to 0.3 (got 0.5)');
    expect(settingsProblem({ ...ok, labelSmoothing: -0.1 })).toBe('label smoothing must be from 0 to 0.3 (got -0.1)');
  });
});
