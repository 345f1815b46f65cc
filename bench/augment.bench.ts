/*
 * Does augmentation slow training? The training session itself (src/model/session.ts, the worker's
 * code without the page) in Node on tfjs wasm, single-threaded: LeNet-5, batch 64, one epoch of
 * 6,400 real MNIST training images, with and without augment=shift,rotate,scale,thickness, runs
 * alternating (6 each). Figures: the epoch's training seconds (evaluation excluded), median per
 * setting, and their ratio. Run: npm run bench:augment.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { FromWorker } from '../src/model/protocol';
import { TrainingSession } from '../src/model/session';
import { defaultSpec } from '../src/model/spec';
import { registerWasmTrainingKernels } from '../src/model/wasmKernels';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const BASE = 'http://bench.local/data/mnist/';
const ROUNDS = 6;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(`${dist}/`);
  registerWasmTrainingKernels();
  const msgs: FromWorker[] = [];
  let wake: (() => void) | null = null;
  const session = new TrainingSession({
    post: (m) => {
      msgs.push(m);
      wake?.();
    },
    fetch: async (url: string) => new Response(readFileSync(join(root, 'public', 'data', 'mnist', url.slice(BASE.length)))),
    wasmPaths: () => ({
      'tfjs-backend-wasm.wasm': join(dist, 'tfjs-backend-wasm.wasm'),
      'tfjs-backend-wasm-simd.wasm': join(dist, 'tfjs-backend-wasm-simd.wasm'),
      'tfjs-backend-wasm-threaded-simd.wasm': join(dist, 'tfjs-backend-wasm-threaded-simd.wasm'),
    }),
  });
  const until = async (pred: (m: FromWorker) => boolean) => {
    while (!msgs.some(pred)) await new Promise<void>((r) => (wake = r));
  };
  session.receive({ type: 'init', backend: 'wasm', dataBaseUrl: BASE, testLimit: 100 });
  await until((m) => m.type === 'status' && m.state === 'ready');
  session.receive({ type: 'configure', model: defaultSpec('lenet5') });
  const seconds: Record<'plain' | 'augmented', number[]> = { plain: [], augmented: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of round % 2 ? (['augmented', 'plain'] as const) : (['plain', 'augmented'] as const)) {
      msgs.length = 0;
      session.receive({
        type: 'start',
        settings: { epochs: 1, batchSize: 64, learningRate: 0.002, optimizer: 'adam', limit: 6400, seed: 1, ...(key === 'augmented' ? { augment: ['shift', 'rotate', 'scale', 'thickness'] } : {}) },
      });
      await until((m) => m.type === 'status' && (m.state === 'done' || m.state === 'error'));
      const epoch = msgs.find((m): m is Extract<FromWorker, { type: 'epoch' }> => m.type === 'epoch');
      if (!epoch) throw new Error(`no epoch: ${JSON.stringify(msgs.filter((m) => m.type === 'error'))}`);
      seconds[key].push(epoch.seconds);
    }
  }
  const p = median(seconds.plain);
  const a = median(seconds.augmented);
  console.log(`LeNet-5, batch 64, 6,400 training images per epoch, tfjs ${tf.getBackend()} in Node (the worker's session without the page), ${ROUNDS} alternating runs each`);
  console.log(`  plain:     ${seconds.plain.map((s) => s.toFixed(2)).join(', ')} s → median ${p.toFixed(2)} s (${(6400 / p).toFixed(0)} images/s)`);
  console.log(`  augmented: ${seconds.augmented.map((s) => s.toFixed(2)).join(', ')} s → median ${a.toFixed(2)} s (${(6400 / a).toFixed(0)} images/s)`);
  console.log(`  augmented / plain time: ${(a / p).toFixed(3)}`);
  const slowdown = (a / p - 1) * 100;
  console.log(`  augmentation slowdown (worker session): ${slowdown.toFixed(1)}% (limit 15%: ${slowdown <= 15 ? 'met' : 'NOT met'}); load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
}

// The session yields through unref'd message ports: keep the process alive until the runs end.
const keepAlive = setInterval(() => undefined, 1000);
main().then(() => clearInterval(keepAlive), (e) => {
  console.error(e);
  process.exit(1);
});
