import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../../src/model/protocol';
import { initialTrainView, reduceTrainMessage, type TrainView } from '../../src/state/trainSlice';

const run = (msgs: FromWorker[], from: TrainView = initialTrainView()) => msgs.reduce(reduceTrainMessage, from);

function batch(epoch: number, b: number, loss: number, accuracy: number): FromWorker {
  return { type: 'batch', epoch, batch: b, batchesPerEpoch: 4, loss, accuracy, imagesPerSecond: 500, learningRate: 0.002, seen: ((epoch - 1) * 4 + b) * 32 };
}

function epoch(e: number, acc: number): FromWorker {
  return { type: 'epoch', epoch: e, epochs: 2, testLoss: 0.3, testAccuracy: acc, testCount: 1000, confusion: new Int32Array(100), misclassified: [], predictions: new Uint8Array(1000), seconds: 2, numTensors: 40 };
}

describe('reduceTrainMessage', () => {
  it('status, ready and data progress', () => {
    const s = run([
      { type: 'ready', backend: 'wasm', renderer: 'SwiftShader', reason: 'WebGL renderer is software', threads: 2, isolated: true },
      { type: 'status', state: 'loading' },
      { type: 'data-progress', loaded: 10, total: 100, phase: 'download' },
    ]);
    expect(s.phase).toBe('loading');
    expect(s.backend).toEqual({ name: 'wasm', renderer: 'SwiftShader', reason: 'WebGL renderer is software', threads: 2, isolated: true });
    expect(s.data).toEqual({ loaded: 10, total: 100, phase: 'download' });
  });

  it('batches go on the curves at x = epoch - 1 + batch / batchesPerEpoch; an epoch adds test values and training means', () => {
    const s = run([batch(1, 1, 2, 0.2), batch(1, 2, 1, 0.5), batch(1, 4, 0.6, 0.7), epoch(1, 0.9), batch(2, 2, 0.4, 0.8)]);
    expect(s.batches.map((b) => b.x)).toEqual([0.25, 0.5, 1, 1.5]);
    expect(s.epochs).toHaveLength(1);
    expect(s.epochs[0]).toMatchObject({ epoch: 1, x: 1, testAccuracy: 0.9, testCount: 1000 });
    expect(s.epochs[0].trainLoss).toBeCloseTo((2 + 1 + 0.6) / 3, 12);
    expect(s.epochs[0].trainAccuracy).toBeCloseTo((0.2 + 0.5 + 0.7) / 3, 12);
    expect(s.progress).toMatchObject({ epoch: 2, batch: 2, batchesPerEpoch: 4, imagesPerSecond: 500, learningRate: 0.002 });
  });

  it('a data error is shown until the data loads', () => {
    const failed = run([{ type: 'data-error', code: 'missing', message: '404', file: 'train-images.u8.gz' }]);
    expect(failed.dataError).toEqual({ code: 'missing', message: '404', file: 'train-images.u8.gz' });
    expect(run([{ type: 'data-progress', loaded: 1, total: 1, phase: 'done' }], failed).dataError).toBeNull();
  });

  it('an error keeps the curves and the checkpoint (the model so far)', () => {
    const s = run([batch(1, 4, 0.6, 0.7), epoch(1, 0.9), { type: 'checkpoint', epoch: 1, modelJson: '{}', weights: new ArrayBuffer(4) },
      { type: 'error', code: 'worker-crash', message: 'gone' }, { type: 'status', state: 'error' }]);
    expect(s.error).toEqual({ code: 'worker-crash', message: 'gone' });
    expect(s.phase).toBe('error');
    expect(s.epochs).toHaveLength(1);
    expect(s.checkpointEpoch).toBe(1);
  });

  it('"loaded" after the learner asked for a load replaces the history; after a crash restart it keeps it', () => {
    const trained = run([batch(1, 4, 0.6, 0.7), epoch(1, 0.9), { type: 'summary', spec: { kind: 'lenet5', conv: [], dense: [], dropoutConv: 0, dropoutDense: 0 }, rows: [], totalParams: 5 }]);
    const loaded: FromWorker = { type: 'loaded', name: 'm', summary: [], totalParams: 7 };
    const restarted = run([loaded], trained);
    expect(restarted.epochs).toHaveLength(1);
    expect(restarted.model?.totalParams).toBe(5);
    const asked = run([loaded], { ...trained, pendingIo: 'load' });
    expect(asked.epochs).toHaveLength(0);
    expect(asked.model).toMatchObject({ totalParams: 7, loadedName: 'm' });
    expect(asked.pendingIo).toBeNull();
  });

  it('a refused load leaves the model as it was', () => {
    const trained = run([{ type: 'summary', spec: { kind: 'lenet5', conv: [], dense: [], dropoutConv: 0, dropoutDense: 0 }, rows: [], totalParams: 5 }, epoch(1, 0.9)]);
    const s = run([{ type: 'error', code: 'load', message: 'bad weights' }], { ...trained, pendingIo: 'load' });
    expect(s.model?.totalParams).toBe(5);
    expect(s.epochs).toHaveLength(1);
    expect(s.pendingIo).toBeNull();
    expect(s.error?.code).toBe('load');
  });
});
