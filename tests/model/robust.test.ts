import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROBUST_TRANSFORMS } from '../../src/core/robustSets';
import { BatchAugmenter, makeAugmenter } from '../../src/model/augment';
import { defaultSpec } from '../../src/model/spec';
import type { FromWorker, FromWorkerOf, FromWorkerType } from '../../src/model/protocol';
import { TrainingSession } from '../../src/model/session';
import { makeBatch, type Dataset } from '../../src/model/trainer';
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

async function diskFetch(url: string): Promise<Response> {
  try {
    return new Response(readFileSync(join(dataDir, url.slice(BASE.length))));
  } catch {
    return new Response('', { status: 404 });
  }
}

function harness() {
  const messages: FromWorker[] = [];
  const waiters: { test: (m: FromWorker) => boolean; resolve: (m: FromWorker) => void }[] = [];
  const watchers = new Set<(m: FromWorker) => void>();
  const session = new TrainingSession({
    post: (m) => {
      messages.push(m);
      for (const w of watchers) w(m);
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
  /** Calls `f` with every message from now on, until the returned function is called. */
  const watch = (f: (m: FromWorker) => void) => {
    watchers.add(f);
    return () => void watchers.delete(f);
  };
  return { session, messages, of, next, watch };
}

/** 8 made-up digits: a vertical bar each, at different columns. */
function tinyData(): Dataset {
  const images = new Uint8Array(8 * 784);
  for (let i = 0; i < 8; i++) for (let r = 6; r < 22; r++) images[i * 784 + r * 28 + 8 + i] = 255;
  return { images, labels: Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]), count: 8 };
}

describe('BatchAugmenter', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('the same images come out differently from batch to batch, labels unchanged, reproducible from the seed', () => {
    const data = tinyData();
    const order = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    const a = new BatchAugmenter(['shift', 'rotate', 'scale', 'thickness'], 3);
    const first = a.batch(data, order, 0, 8);
    const second = a.batch(data, order, 0, 8);
    const x1 = first.xs.dataSync().slice();
    const x2 = second.xs.dataSync().slice();
    expect(Array.from(x1)).not.toEqual(Array.from(x2));
    const plain = makeBatch(data, order, 0, 8);
    expect(Array.from(x1)).not.toEqual(Array.from(plain.xs.dataSync()));
    expect(Array.from(first.ys.dataSync())).toEqual(Array.from(plain.ys.dataSync()));
    expect(x1.every((v) => v >= 0 && v <= 1)).toBe(true);
    const again = new BatchAugmenter(['shift', 'rotate', 'scale', 'thickness'], 3).batch(data, order, 0, 8);
    expect(Array.from(again.xs.dataSync())).toEqual(Array.from(x1));
    for (const t of [first, second, plain, again]) {
      t.xs.dispose();
      t.ys.dispose();
    }
  });

  it('no names: no augmenter', () => {
    expect(makeAugmenter(undefined, 1, 0)).toBeNull();
    expect(makeAugmenter([], 1, 0)).toBeNull();
    expect(makeAugmenter(['shift'], 1, 0)?.names).toEqual(['shift']);
  });
});

describe('robustness sets and augmentation in the training session (wasm, real MNIST files)', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it('trains with augmentation (samples sent), then tests every robustness set; plain equals the epoch test', async () => {
    const h = harness();
    const ready = h.next('status', (m) => m.state === 'ready');
    h.session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 200 });
    await ready;
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    // an unknown augmentation is refused before anything starts
    h.session.receive({ type: 'start', settings: { epochs: 1, batchSize: 64, learningRate: 0.003, optimizer: 'adam', limit: 640, seed: 2, augment: ['wobble' as 'shift'] } });
    await h.session.idle();
    expect(h.of('error').at(-1)).toMatchObject({ code: 'bad-settings' });
    expect(h.of('error').at(-1)?.message).toMatch(/wobble/);
    expect(h.of('batch')).toEqual([]);

    const done = h.next('status', (m) => m.state === 'done');
    h.session.receive({ type: 'start', settings: { epochs: 1, batchSize: 64, learningRate: 0.003, optimizer: 'adam', limit: 1280, seed: 2, augment: ['shift', 'rotate', 'scale', 'thickness'] } });
    // while training: refused
    h.session.receive({ type: 'robust-eval' });
    await done;
    expect(h.of('error').at(-1)).toMatchObject({ code: 'busy' });
    const samples = h.of('augment-samples');
    expect(samples.length).toBeGreaterThanOrEqual(1);
    expect(samples[0].count).toBe(8);
    expect(samples[0].images.length).toBe(8 * 784);
    expect(Array.from(samples[0].images)).not.toEqual(Array.from(samples[0].originals));

    const finished = h.next('robust-done');
    h.session.receive({ type: 'robust-eval' });
    await finished;
    const results = h.of('robust');
    expect(results.map((r) => r.id)).toEqual(ROBUST_TRANSFORMS.map((t) => t.id));
    expect(results.every((r) => r.count === 200 && r.accuracy >= 0 && r.accuracy <= 1 && r.total === 25)).toBe(true);
    expect(results[0].accuracy).toBe(h.of('epoch')[0].testAccuracy);
    const before = tf.memory().numTensors;
    const again = h.next('robust-done');
    h.session.receive({ type: 'robust-eval' });
    await again;
    expect(tf.memory().numTensors).toBe(before);
    // deterministic sets: the same model gives the same numbers
    expect(h.of('robust').slice(25).map((r) => r.accuracy)).toEqual(results.map((r) => r.accuracy));
  }, 120_000);

  it('a robustness test can be cancelled: the sets done so far stay, no tensor leaks, the model is unchanged, the next test runs in full', async () => {
    const h = harness();
    const ready = h.next('status', (m) => m.state === 'ready');
    h.session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 200 });
    await ready;
    h.session.receive({ type: 'configure', model: defaultSpec('lenet5') });
    await h.session.idle();
    const model = h.session.currentModel;
    const weights = model?.getWeights().map((w) => Array.from(w.dataSync())) ?? [];
    // warm up (the first prediction creates the backend's kernels)
    const warm = h.next('robust-done');
    h.session.receive({ type: 'robust-eval' });
    await warm;
    const before = tf.memory().numTensors;
    const firstRun = h.of('robust').length;

    // cancelled while it runs: after the second set arrives
    let sets = 0;
    const cancelled = h.next('robust-cancelled');
    const watch = (m: FromWorker) => {
      if (m.type === 'robust' && ++sets === 2) h.session.receive({ type: 'robust-cancel' });
    };
    const unwatch = h.watch(watch);
    h.session.receive({ type: 'robust-eval', count: 200 });
    const c = await cancelled;
    unwatch();
    expect(c).toMatchObject({ type: 'robust-cancelled', done: 2, total: 25 });
    expect(h.of('robust').slice(firstRun).map((r) => r.id)).toEqual(['plain', 'shift-right-1']);
    expect(h.of('robust-done')).toHaveLength(1);
    expect(tf.memory().numTensors).toBe(before);
    expect(h.session.currentModel).toBe(model);
    expect(model?.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(weights);

    // cancelled while still queued: both requests end at once, nothing measured
    h.session.receive({ type: 'robust-eval' });
    h.session.receive({ type: 'robust-eval' });
    h.session.receive({ type: 'robust-cancel' });
    await h.session.idle();
    expect(h.of('robust-cancelled').slice(1)).toEqual([
      { type: 'robust-cancelled', done: 0, total: 25, seconds: 0 },
      { type: 'robust-cancelled', done: 0, total: 25, seconds: 0 },
    ]);
    expect(h.of('robust').length).toBe(firstRun + 2);

    // a cancel with nothing running changes nothing: the next test runs in full
    h.session.receive({ type: 'robust-cancel' });
    const full = h.next('robust-done');
    h.session.receive({ type: 'robust-eval' });
    await full;
    expect(h.of('robust').slice(firstRun + 2).map((r) => r.id)).toEqual(ROBUST_TRANSFORMS.map((t) => t.id));
    expect(h.of('error')).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
