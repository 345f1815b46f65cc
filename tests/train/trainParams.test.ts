import { describe, expect, it } from 'vitest';
import { defaultSpec } from '../../src/model/spec';
import { readTrainLink, runSettings, specToLink } from '../../src/train/trainParams';

describe('readTrainLink', () => {
  it("no parameters: LeNet-5 with its recipe (2 epochs, batch 64, Adam one-cycle to 0.003, label smoothing 0.1), automatic backend, all 60,000 images", () => {
    const { settings, ignored } = readTrainLink({});
    expect(ignored).toEqual([]);
    expect(settings).toMatchObject({ epochs: 2, batch: 64, lr: 0.003, schedule: 'onecycle', decay: 1, smoothing: 0.1, optimizer: 'adam', backend: 'auto', limit: 60000, testlimit: 10000, autostart: false });
    expect(runSettings(settings)).toEqual({
      epochs: 2, batchSize: 64, learningRate: 0.003, schedule: 'onecycle', lrDecay: 1, labelSmoothing: 0.1, optimizer: 'adam', limit: 60000, seed: 1, continueTraining: false,
    });
    expect(settings.spec).toEqual(defaultSpec('lenet5'));
  });

  it('model=keras&epochs=1&batch=64&limit=2000&autostart=1&backend=wasm', () => {
    const { settings, ignored } = readTrainLink({ model: 'keras', epochs: '1', batch: '64', limit: '2000', autostart: '1', backend: 'wasm' });
    expect(ignored).toEqual([]);
    expect(settings.spec).toEqual(defaultSpec('keras'));
    expect(settings).toMatchObject({ epochs: 1, batch: 64, limit: 2000, autostart: true, backend: 'wasm' });
  });

  it('malformed and out-of-range values fall back to defaults and are named', () => {
    const { settings, ignored } = readTrainLink({ model: 'resnet', epochs: 'ten', batch: '0', lr: '5', optimizer: 'adamw', backend: 'gpu', limit: '70000' });
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['model=resnet', 'epochs=ten', 'batch=0', 'lr=5', 'optimizer=adamw', 'backend=gpu', 'limit=70000']);
    expect(settings).toMatchObject({ epochs: 2, batch: 64, lr: 0.003, optimizer: 'adam', backend: 'auto', limit: 60000 });
    expect(settings.spec.kind).toBe('lenet5');
  });

  it('the Keras model follows its own recipe; decay in the link wins, a bad one is named', () => {
    expect(readTrainLink({ model: 'keras' }).settings).toMatchObject({ epochs: 5, batch: 128, lr: 0.0015, schedule: 'step', decay: 0.8, smoothing: 0.1 });
    expect(readTrainLink({ decay: '1' }).settings.decay).toBe(1);
    const bad = readTrainLink({ decay: '3' });
    expect(bad.ignored).toEqual([{ key: 'decay', value: '3' }]);
    expect(bad.settings).toMatchObject({ decay: 1, schedule: 'onecycle' });
  });

  it('schedule and smoothing: a decay without a schedule means the per-epoch schedule (older links); bad values are named', () => {
    expect(readTrainLink({ lr: '0.002', decay: '0.55' }).settings).toMatchObject({ schedule: 'step', decay: 0.55, smoothing: 0.1 });
    expect(readTrainLink({ schedule: 'onecycle', decay: '0.55' }).settings).toMatchObject({ schedule: 'onecycle', decay: 0.55 });
    expect(readTrainLink({ model: 'keras', schedule: 'onecycle', smoothing: '0' }).settings).toMatchObject({ schedule: 'onecycle', smoothing: 0 });
    const bad = readTrainLink({ schedule: 'cosine', smoothing: '0.9' });
    expect(bad.ignored).toEqual([{ key: 'schedule', value: 'cosine' }, { key: 'smoothing', value: '0.9' }]);
    expect(bad.settings).toMatchObject({ schedule: 'onecycle', smoothing: 0.1 });
    expect(runSettings(readTrainLink({ schedule: 'step', smoothing: '0.2' }).settings)).toMatchObject({ schedule: 'step', labelSmoothing: 0.2 });
  });

  it('conv/dense/dropout sizes: applied when they fit the model, ignored otherwise', () => {
    const ok = readTrainLink({ model: 'keras', conv: '16x5,32x3', dense: '64', dropout: '0.1,0.3' });
    expect(ok.ignored).toEqual([]);
    expect(ok.settings.spec).toEqual({ kind: 'keras', conv: [{ filters: 16, kernel: 5 }, { filters: 32, kernel: 3 }], dense: [64], dropoutConv: 0.1, dropoutDense: 0.3 });
    const bad = readTrainLink({ model: 'keras', conv: '16x5', dense: '999', dropout: '0.1' });
    expect(bad.ignored.map((i) => i.key)).toEqual(['conv', 'dense', 'dropout']);
    expect(bad.settings.spec).toEqual(defaultSpec('keras'));
    expect(readTrainLink({ conv: 'lots' }).ignored).toEqual([{ key: 'conv', value: 'lots' }]);
  });

  it('specToLink leaves defaults out and round-trips edits', () => {
    expect(specToLink(defaultSpec('keras'))).toEqual({ model: 'keras', conv: undefined, dense: undefined, dropout: undefined });
    const edited = { ...defaultSpec('lenet5'), conv: [{ filters: 8, kernel: 3 }, { filters: 16, kernel: 5 }], dropoutDense: 0.2 };
    const link = specToLink(edited);
    expect(link).toEqual({ model: 'lenet5', conv: '8x3,16x5', dense: undefined, dropout: '0.2' });
    const raw = Object.fromEntries(Object.entries(link).filter(([, v]) => v !== undefined)) as Record<string, string>;
    expect(readTrainLink(raw).settings.spec).toEqual(edited);
  });
});
