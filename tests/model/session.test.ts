import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotSteps } from '../../src/model/replay';
import { defaultSpec } from '../../src/model/spec';
import type { FromWorker, FromWorkerOf, FromWorkerType } from '../../src/model/protocol';
import { TrainingSession } from '../../src/model/session';
import { tf, useBackend } from './tfNode';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'public', 'data', 'mnist');
const BASE = 'http://app.test/data/mnist/';
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const wasmPaths = () => ({
  'tfjs-backend-wasm.wasm': join(dist, 'tfjs-backend-wasm.wasm'),
  'tfjs-backend-wasm-simd.wasm': join(dist, 'tfjs-backend-wasm-simd.wasm'),
  'tfjs-backend-wasm-threaded-simd.wasm': join(dist, 'tfjs-backend-wasm-threaded-simd.wasm'),
});

/** Serves public/data/mnist from disk (run `npm run data` first). */
async function diskFetch(url: string): Promise<Response> {
  const name = url.slice(BASE.length);
  try {
    return new Response(readFileSync(join(dataDir, name)));
  } catch {
    return new Response('', { status: 404 });
  }
}

function harness() {
  const messages: FromWorker[] = [];
  const waiters: { test: (m: FromWorker) => boolean; resolve: (m: FromWorker) => void }[] = [];
  const session = new TrainingSession({
    post: (m) => {
      messages.push(m);
      for (const w of [...waiters]) {
        if (w.test(m)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    },
    fetch: diskFetch,
    wasmPaths,
  });
  const of = <T extends FromWorkerType>(type: T) => messages.filter((m): m is FromWorkerOf<T> => m.type === type);
  const next = <T extends FromWorkerType>(type: T, pred: (m: FromWorkerOf<T>) => boolean = () => true): Promise<FromWorkerOf<T>> =>
    new Promise((resolve) => waiters.push({ test: (m) => m.type === type && pred(m as FromWorkerOf<T>), resolve: resolve as (m: FromWorker) => void }));
  const status = (state: string) => next('status', (m) => m.state === state);
  return { session, messages, of, next, status };
}

describe('TrainingSession (cpu backend, real MNIST files)', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it('init → ready, data progress, test set; configure → summary; train 2 short epochs (wasm) with no tensor leak', async () => {
    const h = harness();
    const ready = h.status('ready');
    h.session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 300 });
    await ready;
    expect(h.of('ready')[0]).toMatchObject({ backend: 'wasm', reason: 'chosen: backend=wasm' });
    expect(h.of('data-progress').at(-1)).toMatchObject({ phase: 'done' });
    const testSet = h.of('test-set')[0];
    expect(testSet.count).toBe(10000);
    expect(testSet.images.length).toBe(7840000);
    expect(testSet.labels[0]).toBe(7);

    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    await h.session.idle();
    expect(h.of('summary')[0].totalParams).toBe(61706);
    expect(h.of('summary')[0].rows.map((r) => r.params)).toEqual([156, 0, 2416, 0, 0, 48120, 10164, 850]);

    const done = h.status('done');
    h.session.receive({ type: 'inspect', testIndex: 3 });
    h.session.receive({ type: 'start', settings: { epochs: 2, batchSize: 64, learningRate: 0.003, optimizer: 'adam', limit: 1280, seed: 5 } });
    await done;
    const epochs = h.of('epoch');
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(epochs[0].numTensors).toBe(epochs[1].numTensors);
    expect(epochs[1].testCount).toBe(300);
    expect(epochs[1].confusion.reduce((a, b) => a + b, 0)).toBe(300);
    expect(epochs[1].testAccuracy).toBeGreaterThan(0.6);
    const wrong = epochs[1].misclassified;
    expect(wrong.length).toBe(Math.round(300 * (1 - epochs[1].testAccuracy)));
    for (const m of wrong) {
      expect(m.label).not.toBe(m.predicted);
      expect(m.top[0][0]).toBe(m.predicted);
      expect(epochs[1].predictions[m.index]).toBe(m.predicted);
    }
    // One prediction per evaluated image, agreeing with the confusion matrix cell by cell.
    expect(epochs[1].predictions).toHaveLength(300);
    const recount = new Int32Array(100);
    epochs[1].predictions.forEach((p, i) => { recount[testSet.labels[i] * 10 + p] += 1; });
    expect(Array.from(recount)).toEqual(Array.from(epochs[1].confusion));
    const batches = h.of('batch');
    expect(batches.at(-1)).toMatchObject({ epoch: 2, batch: 20, batchesPerEpoch: 20, seen: 2560 });
    expect(h.of('filters').at(-1)?.shape).toEqual([5, 5, 1, 6]);
    const act = h.of('activations').at(-1);
    expect(act?.testIndex).toBe(3);
    expect(act?.layers.map((l) => l.shape)).toEqual([[28, 28, 6], [14, 14, 6], [10, 10, 16], [5, 5, 16], [400], [120], [84], [10]]);
    expect(h.of('checkpoint').length).toBeGreaterThanOrEqual(2);
    // Replay: a snapshot before training, the scheduled steps (not an epoch's last step), each epoch end.
    const snaps = h.of('snapshot');
    expect(snaps.map((m) => m.fresh)).toEqual([true, ...new Array(snaps.length - 1).fill(false)]);
    expect(snaps[0].snapshot.reason).toBe('start');
    expect(snaps.filter((m) => m.snapshot.reason === 'epoch').map((m) => [m.snapshot.step, m.snapshot.epoch])).toEqual([[20, 1], [40, 2]]);
    const scheduled = snapshotSteps(40).filter((step) => step > 0 && step % 20 !== 0);
    expect(snaps.filter((m) => m.snapshot.reason === 'step').map((m) => m.snapshot.step)).toEqual(scheduled);
    expect(snaps.length).toBe(1 + scheduled.length + 2);
    expect(snaps[0].pinned).toMatchObject({ source: 'test', testIndex: 3, label: testSet.labels[3] });
    expect(snaps.at(-1)?.snapshot.testAccuracy).toBe(epochs[1].testAccuracy);
    expect(snaps.at(-1)?.snapshot.layers.map((l) => l.type)).not.toContain('Flatten');
    expect(h.of('error')).toEqual([]);
  });

  it('pin: a drawing sent before a run is the digit its snapshots follow; a wrong-sized one is refused', async () => {
    const h = harness();
    const ready = h.status('ready');
    h.session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 100 });
    await ready;
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    h.session.receive({ type: 'pin', pixels: new Float32Array(10) });
    expect(h.of('error').at(-1)?.code).toBe('bad-message');
    const drawing = new Float32Array(784).map((_, i) => (i % 28 > 10 && i % 28 < 16 ? 1 : 0));
    h.session.receive({ type: 'pin', pixels: drawing });
    const done = h.status('done');
    h.session.receive({ type: 'start', settings: { epochs: 1, batchSize: 64, learningRate: 0.003, optimizer: 'adam', limit: 192, seed: 5 } });
    await done;
    const snaps = h.of('snapshot');
    expect(snaps.map((m) => m.snapshot.reason)).toEqual(['start', 'step', 'step', 'epoch']);
    expect(snaps[0].pinned.source).toBe('drawing');
    expect(Array.from(snaps[0].pinned.pixels)).toEqual(Array.from(drawing));
  });

  it('pause, inspect while paused, resume, stop; save as files and load them back; a corrupt file changes nothing', async () => {
    const h = harness();
    const ready = h.status('ready');
    h.session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 100 });
    await ready;
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    const paused = h.status('paused');
    const startedAt = performance.now();
    h.session.receive({ type: 'start', settings: { epochs: 3, batchSize: 32, learningRate: 0.001, optimizer: 'sgd', limit: 3200, seed: 1 } });
    await h.next('batch');
    const pauseCheckpoint = h.next('checkpoint');
    h.session.receive({ type: 'pause' });
    await paused;
    // The checkpoint kept on pause counts the steps done: a fraction of the first epoch.
    const atPause = (await pauseCheckpoint).epoch;
    expect(atPause).toBeGreaterThan(0);
    expect(atPause).toBeLessThan(1);
    const batchesAtPause = h.of('batch').length;
    const acts = h.next('activations', (m) => m.testIndex === 9);
    h.session.receive({ type: 'inspect', testIndex: 9 });
    expect((await acts).label).toBe(h.of('test-set')[0].labels[9]);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.of('batch').length).toBe(batchesAtPause);
    const training = h.status('training');
    h.session.receive({ type: 'resume' });
    await training;
    await h.next('batch');
    const stopped = h.status('stopped');
    h.session.receive({ type: 'stop' });
    await stopped;
    const wallSeconds = (performance.now() - startedAt) / 1000;

    const saved = h.next('saved');
    h.session.receive({ type: 'save', target: 'download', name: 'mine' });
    const files = await saved;
    expect(files.modelJson).toContain('"weightsManifest"');
    // The training record: stopped in the first epoch after the pause, so no test accuracy after its last step.
    const stoppedMeta = JSON.parse(files.modelJson as string).userDefinedMetadata;
    expect(stoppedMeta.epochs).toBeGreaterThan(atPause);
    expect(stoppedMeta.epochs).toBeLessThan(1);
    // Saved to a tenth of a second: a few batches on a fast machine may round to 0; never more than the wall time.
    expect(stoppedMeta.trainingSeconds).toBeTypeOf('number');
    expect(stoppedMeta.trainingSeconds).toBeGreaterThanOrEqual(0);
    expect(stoppedMeta.trainingSeconds).toBeLessThanOrEqual(Math.round(wallSeconds * 10) / 10 + 0.05);
    expect(stoppedMeta.testAccuracy).toBeUndefined();
    expect(files.weights?.byteLength).toBe(61706 * 4);
    const before = h.session.currentModel?.getWeights()[0].dataSync().slice();

    // A weights file of the wrong size: an error, the model unchanged.
    h.session.receive({ type: 'load', source: 'files', json: files.modelJson as string, weights: [new ArrayBuffer(100)] });
    await h.session.idle();
    expect(h.of('error').at(-1)).toMatchObject({ code: 'load' });
    expect(h.of('error').at(-1)?.message).toMatch(/100 bytes but model.json needs 246824.*unchanged/);
    expect(Array.from(h.session.currentModel?.getWeights()[0].dataSync() ?? [])).toEqual(Array.from(before ?? []));
    h.session.receive({ type: 'load', source: 'files', json: '{"nope": 1}', weights: [] });
    await h.session.idle();
    expect(h.of('error').at(-1)?.message).toMatch(/no model topology/);

    // A fresh model, then the saved files back: same weights, spec from the metadata.
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    await h.session.idle();
    h.session.receive({ type: 'load', source: 'files', json: files.modelJson as string, weights: [files.weights as ArrayBuffer] });
    await h.session.idle();
    const loaded = h.of('loaded').at(-1);
    expect(loaded?.spec).toEqual(defaultSpec('lenet5'));
    expect(loaded?.totalParams).toBe(61706);
    expect(Array.from(h.session.currentModel?.getWeights()[0].dataSync() ?? [])).toEqual(Array.from(before ?? []));
  });

  it('a saved model keeps its training record (seconds, epochs, last test); continuing adds to it; a model saved without one stays unknown', async () => {
    const h = harness();
    const ready = h.status('ready');
    h.session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 100 });
    await ready;
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    const settings = { epochs: 2, batchSize: 64, learningRate: 0.003, optimizer: 'adam', limit: 192, seed: 5 } as const;
    let done = h.status('done');
    const t0 = performance.now();
    h.session.receive({ type: 'start', settings });
    await done;
    const wall = (performance.now() - t0) / 1000;
    const metaOf = async () => {
      const saved = h.next('saved');
      h.session.receive({ type: 'save', target: 'download', name: 'rec' });
      const files = await saved;
      return { json: files.modelJson as string, weights: files.weights as ArrayBuffer, meta: JSON.parse(files.modelJson as string).userDefinedMetadata };
    };
    const first = await metaOf();
    expect(first.meta).toMatchObject({ app: 'cnn-classroom', spec: defaultSpec('lenet5'), epochs: 2, testAccuracy: h.of('epoch')[1].testAccuracy, testCount: 100 });
    expect(first.meta.trainingSeconds).toBeGreaterThan(0);
    expect(first.meta.trainingSeconds).toBeLessThanOrEqual(Math.ceil(wall * 10) / 10);
    // The last checkpoint carries the same record.
    expect(JSON.parse(h.of('checkpoint').at(-1)?.modelJson ?? '{}').userDefinedMetadata).toMatchObject({ epochs: 2, testCount: 100 });

    // Loaded back and trained one more epoch: 3 epochs, more seconds.
    h.session.receive({ type: 'load', source: 'files', json: first.json, weights: [first.weights] });
    done = h.status('done');
    h.session.receive({ type: 'start', settings: { ...settings, epochs: 1, continueTraining: true } });
    await done;
    const more = await metaOf();
    expect(more.meta).toMatchObject({ epochs: 3, testAccuracy: h.of('epoch').at(-1)?.testAccuracy, testCount: 100 });
    expect(more.meta.trainingSeconds).toBeGreaterThan(first.meta.trainingSeconds);

    // A model file from before the record: loaded, trained further and saved, its time stays unknown.
    const old = JSON.parse(first.json);
    old.userDefinedMetadata = { app: 'cnn-classroom', spec: defaultSpec('lenet5') };
    h.session.receive({ type: 'load', source: 'files', json: JSON.stringify(old), weights: [first.weights] });
    done = h.status('done');
    h.session.receive({ type: 'start', settings: { ...settings, epochs: 1, continueTraining: true } });
    await done;
    const unknown = await metaOf();
    expect(unknown.meta).toEqual({ app: 'cnn-classroom', spec: defaultSpec('lenet5') });
    expect(h.of('error')).toEqual([]);
  });

  it('rejects bad settings, bad specs, bad names and an out-of-range test index with clear errors', async () => {
    const h = harness();
    h.session.receive({ type: 'start', settings: { epochs: 1, batchSize: 64, learningRate: 0.001, optimizer: 'adam', seed: 1 } });
    await h.session.idle();
    expect(h.of('error').at(-1)).toMatchObject({ code: 'not-ready' });
    const ready = h.status('ready');
    h.session.receive({ type: 'init', backend: 'cpu', dataBaseUrl: BASE, testLimit: 100 });
    await ready;
    h.session.receive({ type: 'configure', model: { ...defaultSpec('keras'), dense: [999] } });
    h.session.receive({ type: 'start', settings: { epochs: 0, batchSize: 64, learningRate: 0.001, optimizer: 'adam', seed: 1 } });
    h.session.receive({ type: 'save', target: 'download', name: 'x' });
    await h.session.idle();
    expect(h.of('error').map((e) => e.code)).toEqual(['not-ready', 'bad-spec', 'bad-settings', 'no-model']);
    expect(h.of('error')[2].message).toBe('epochs must be a whole number from 1 to 50 (got 0)');
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    h.session.receive({ type: 'save', target: 'download', name: '../evil' });
    await h.session.idle();
    expect(h.of('error').at(-1)).toMatchObject({ code: 'save' });
    h.session.receive({ type: 'inspect', testIndex: 10000 });
    expect(h.of('error').at(-1)?.message).toMatch(/test image 10000 does not exist/);
  });

  it('a missing data file gives data-error "missing" and retry-data loads again', async () => {
    let fail = true;
    const messages: FromWorker[] = [];
    const session = new TrainingSession({
      post: (m) => messages.push(m),
      fetch: async (url) => (fail && url.endsWith('test-labels.u8.gz') ? new Response('', { status: 404 }) : diskFetch(url)),
      wasmPaths,
    });
    session.receive({ type: 'init', backend: 'cpu', dataBaseUrl: BASE });
    await session.idle();
    const err = messages.find((m) => m.type === 'data-error');
    expect(err).toMatchObject({ type: 'data-error', code: 'missing', file: 'test-labels.u8.gz' });
    expect(session.status).toBe('error');
    fail = false;
    session.receive({ type: 'retry-data' });
    await session.idle();
    expect(session.status).toBe('ready');
    expect(messages.some((m) => m.type === 'test-set')).toBe(true);
  });

  it('a lost backend context mid-run ends training with a message and restores the model so far on wasm', async () => {
    const h = harness();
    const ready = h.status('ready');
    h.session.receive({ type: 'init', backend: 'cpu', dataBaseUrl: BASE, testLimit: 100 });
    await ready;
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    const ep1 = h.next('checkpoint');
    h.session.receive({ type: 'start', settings: { epochs: 50, batchSize: 32, learningRate: 0.001, optimizer: 'adam', limit: 64, seed: 2 } });
    const cp = await ep1;
    await h.next('batch');
    const failed = h.status('error');
    h.session.contextLost();
    const status = await failed;
    expect(status.message).toMatch(/^Training stopped: the WebGL context was lost .*The model after epoch \d+ is kept\.$/);
    expect(h.of('error').at(-1)?.code).toBe('context-lost');
    expect(h.of('ready').at(-1)).toMatchObject({ backend: 'wasm' });
    expect(tf.getBackend()).toBe('wasm');
    const restored = h.session.currentModel;
    expect(restored?.countParams()).toBe(61706);
    // The restored weights are those of the last checkpoint.
    const last = h.of('checkpoint').at(-1) ?? cp;
    const w = new Float32Array(last.weights.slice(0, 150 * 4));
    expect(Array.from(restored?.getWeights()[0].dataSync().slice(0, 150) ?? [])).toEqual(Array.from(w));
  });
});
