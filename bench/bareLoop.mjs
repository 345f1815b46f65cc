// The bare tfjs training loop of bench/train.bench.mjs: a module worker bundled from the app's own
// model code (its backend set-up, wasm kernels and thread choice, its model builders), training on
// real MNIST bytes with nothing else around it. -> images/s.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { tfjsThreadsPlugin } from '../vite.tfjsThreads.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// The bare loop worker, bundled from the app's own model code.
const BARE_ENTRY = `
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '/src/model/backend.ts';
import { buildModel } from '/src/model/architectures.ts';
import { defaultSpec } from '/src/model/spec.ts';
import { crossOriginIsolatedHere, wasmThreadCount } from '/src/model/threads.ts';

self.onmessage = async (e) => {
  const { backend, kind, batch, seconds, wasmPaths, images, labels, threads } = e.data;
  try {
    // The app's own backend set-up (its wasm kernels, its thread set-up): one worker per measurement.
    const sel = await selectBackend({ choice: backend, wasmPaths, threads: wasmThreadCount(threads || undefined, crossOriginIsolatedHere(), navigator.hardwareConcurrency) });
    if (sel.backend !== backend) throw new Error(backend + ' did not start');
    const model = buildModel(defaultSpec(kind), 1);
    const opt = tf.train.adam(0.001);
    // Real MNIST digits (the first training images), scaled to 0–1 per batch as any loop must.
    const n = labels.length;
    let k = 0;
    const step = async () => {
      const off = (k * batch) % (n - batch + 1);
      k++;
      const x = new Float32Array(batch * 784);
      for (let i = 0; i < x.length; i++) x[i] = images[off * 784 + i] / 255;
      const y = new Float32Array(batch * 10);
      for (let i = 0; i < batch; i++) y[i * 10 + labels[off + i]] = 1;
      const xs = tf.tensor4d(x, [batch, 28, 28, 1]);
      const ys = tf.tensor2d(y, [batch, 10]);
      const loss = opt.minimize(() => tf.mean(tf.metrics.categoricalCrossentropy(ys, model.apply(xs, { training: true }))), true);
      await loss.data();
      tf.dispose([xs, ys, loss]);
    };
    // Warm-up (compiles the wasm/webgl programs), then time whole steps for \`seconds\` (at least 2).
    for (let i = 0; i < 2; i++) await step();
    const t0 = performance.now();
    let steps = 0;
    while (performance.now() - t0 < seconds * 1000 || steps < 2) {
      await step();
      steps++;
    }
    const ms = performance.now() - t0;
    opt.dispose();
    model.dispose();
    self.postMessage({ ok: true, steps, msPerStep: ms / steps, imagesPerSecond: (steps * batch * 1000) / ms, threads: sel.threads });
  } catch (err) {
    self.postMessage({ ok: false, error: String(err && err.message || err) });
  }
};
`;

/** Builds the bare-loop worker into a temporary folder (served at bench/bare.js). */
export async function buildBare() {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-train-bare-'));
  // The entry lives under node_modules/.cache (ignored by git) so that its imports resolve from the repository.
  const entryDir = join(root, 'node_modules', '.cache', 'bench-train');
  mkdirSync(entryDir, { recursive: true });
  const entry = join(entryDir, 'bare-entry.js');
  writeFileSync(entry, BARE_ENTRY);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [tfjsThreadsPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'bare.js' },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  return outDir;
}


/** The first 1,024 training images and labels of the build's MNIST assets, for the bare loop. */
function mnistSample(distDir, count) {
  const images = gunzipSync(readFileSync(join(distDir, 'data', 'mnist', 'train-images.u8.gz'))).subarray(0, count * 784);
  const labels = gunzipSync(readFileSync(join(distDir, 'data', 'mnist', 'train-labels.u8.gz'))).subarray(0, count);
  return { images, labels };
}
const samples = new Map();

function wasmPaths(distDir, base) {
  const files = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.wasm'));
  const find = (re) => {
    const f = files.find((x) => re.test(x));
    if (!f) throw new Error(`no ${re} in ${distDir}/assets`);
    return new URL(`assets/${f}`, base).href;
  };
  return {
    'tfjs-backend-wasm.wasm': find(/^tfjs-backend-wasm-(?!simd|threaded)[\w-]*\.wasm$/),
    'tfjs-backend-wasm-simd.wasm': find(/^tfjs-backend-wasm-simd-[\w-]*\.wasm$/),
    'tfjs-backend-wasm-threaded-simd.wasm': find(/^tfjs-backend-wasm-threaded-simd-[\w-]*\.wasm$/),
  };
}

// ---------------------------------------------------------------------------------------------
/**
 * Images/s of the bare loop in a fresh worker on the bench page (bench/bare.html at `base`).
 * `threads`: wasm threads (0: the app's automatic choice).
 */
export async function bareRateIn(browser, base, distDir, { backend, kind, batch, seconds, threads }) {
  if (!samples.has(distDir)) samples.set(distDir, mnistSample(distDir, 1024));
  const sample = samples.get(distDir);
  const page = await browser.newPage();
  try {
    await page.goto(new URL('bench/bare.html', base).href);
    return await page.evaluate(({ url, msg }) => new Promise((resolve) => {
      const w = new Worker(url, { type: 'module' });
      w.onmessage = (e) => { resolve(e.data); w.terminate(); };
      w.onerror = (e) => { resolve({ ok: false, error: e.message }); w.terminate(); };
      w.postMessage(msg);
    }), { url: new URL('bench/bare.js', base).href, msg: { backend, kind, batch, seconds, threads, wasmPaths: wasmPaths(distDir, base), images: Array.from(sample.images), labels: Array.from(sample.labels) } });
  } finally {
    await page.close();
  }
}
