/*
 * The core's conv2d against tfjs-cpu's conv2d, on the same numbers, in one process.
 * Run with `npm run bench:core`. Input creation is outside the timed region; tfjs is timed
 * up to `dataSync()` (the values are in JS memory, as the core's are) and its result is disposed.
 * Each figure is the median over many batches of the mean time per call in the batch.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2d } from '../src/core/index';
import type { Padding } from '../src/core/index';

interface Case {
  name: string;
  C: number;
  H: number;
  W: number;
  K: number;
  k: number;
  padding: number | 'valid';
}

const cases: Case[] = [
  { name: 'lesson 1×8×8, one 5×5, pad 2', C: 1, H: 8, W: 8, K: 1, k: 5, padding: 2 },
  { name: 'LeNet C1 1×28×28 → 6×5×5, pad 2', C: 1, H: 28, W: 28, K: 6, k: 5, padding: 2 },
  { name: 'Keras conv2 32×26×26 → 64×3×3, valid', C: 32, H: 26, W: 26, K: 64, k: 3, padding: 'valid' },
];

/** mulberry32: a small seeded PRNG, so both libraries see the same numbers on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Mean time per call (ms) of `n` back-to-back calls. */
function timeBatch(fn: () => void, n: number): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t0) / n;
}

/** Calls per batch so that one batch takes about `targetMs`. */
function batchSize(fn: () => void, targetMs: number): number {
  let n = 1;
  for (;;) {
    const t = timeBatch(fn, n) * n;
    if (t >= targetMs || n >= 1 << 20) return n;
    n *= 2;
  }
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
  const rows: string[][] = [];
  let allFaster = true;
  for (const c of cases) {
    const rand = mulberry32(1234 + c.C * 7 + c.K);
    const xNCHW = new Float64Array(c.C * c.H * c.W).map(() => rand() * 2 - 1);
    const wKCHW = new Float64Array(c.K * c.C * c.k * c.k).map(() => rand() * 2 - 1);
    // tfjs layout: input NHWC [1, H, W, C], filter [kh, kw, C, K]
    const xNHWC = new Float32Array(c.H * c.W * c.C);
    for (let ch = 0; ch < c.C; ch++)
      for (let r = 0; r < c.H; r++)
        for (let q = 0; q < c.W; q++) xNHWC[(r * c.W + q) * c.C + ch] = xNCHW[(ch * c.H + r) * c.W + q];
    const wHWCK = new Float32Array(c.k * c.k * c.C * c.K);
    for (let k = 0; k < c.K; k++)
      for (let ch = 0; ch < c.C; ch++)
        for (let i = 0; i < c.k; i++)
          for (let j = 0; j < c.k; j++)
            wHWCK[((i * c.k + j) * c.C + ch) * c.K + k] = wKCHW[((k * c.C + ch) * c.k + i) * c.k + j];
    const input = { shape: [c.C, c.H, c.W], data: xNCHW };
    const weights = { shape: [c.K, c.C, c.k, c.k], data: wKCHW };
    const padding: Padding = c.padding;
    const tx = tf.tensor4d(xNHWC, [1, c.H, c.W, c.C]);
    const tw = tf.tensor4d(wHWCK, [c.k, c.k, c.C, c.K]);

    let sink = 0;
    const runCore = (): void => {
      sink += conv2d(input, weights, { padding }).data[0];
    };
    const runTf = (): void => {
      const y = tf.conv2d(tx, tw, 1, c.padding);
      sink += y.dataSync()[0];
      y.dispose();
    };

    // agreement check (tfjs is float32)
    const ours = conv2d(input, weights, { padding });
    const y = tf.conv2d(tx, tw, 1, c.padding);
    const theirs = y.dataSync();
    y.dispose();
    const [K, oh, ow] = ours.shape;
    let maxDiff = 0;
    for (let k = 0; k < K; k++)
      for (let r = 0; r < oh; r++)
        for (let q = 0; q < ow; q++)
          maxDiff = Math.max(maxDiff, Math.abs(ours.data[(k * oh + r) * ow + q] - theirs[(r * ow + q) * K + k]));

    // warm up (JIT) for about 300 ms each before sizing the batches
    for (const fn of [runCore, runTf]) {
      const t0 = performance.now();
      while (performance.now() - t0 < 300) fn();
    }
    const nCore = batchSize(runCore, 20);
    const nTf = batchSize(runTf, 20);
    const coreT: number[] = [];
    const tfT: number[] = [];
    for (let b = 0; b < 25; b++) {
      coreT.push(timeBatch(runCore, nCore));
      tfT.push(timeBatch(runTf, nTf));
    }
    const core = median(coreT);
    const tfjs = median(tfT);
    if (!(core <= tfjs)) allFaster = false;
    rows.push([
      c.name,
      `${K}×${oh}×${ow}`,
      fmt(core),
      fmt(tfjs),
      `${(tfjs / core).toFixed(2)}×`,
      maxDiff.toExponential(1),
      `${nCore * 25} / ${nTf * 25}`,
    ]);
    tx.dispose();
    tw.dispose();
    if (sink === 12345.678) console.log(''); // keep the results alive
  }
  const head = ['case', 'output', 'core ms', 'tfjs-cpu ms', 'tfjs/core', 'max |diff|', 'calls core / tfjs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((s, i) => (i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join('  ');
  console.log(`\nconv2d, median time per call (node ${process.version}, tfjs ${tf.version.tfjs}, backend ${tf.getBackend()})\n`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(allFaster ? '\nthe core is at least as fast as tfjs-cpu on every case' : '\nWARNING: tfjs-cpu is faster on some case');
}

function fmt(ms: number): string {
  return ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
