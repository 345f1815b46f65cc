// Training benchmark in headless Chromium (playwright-core, /usr/bin/chromium). Prints figures; not a test.
//
//  1. Bare tfjs loop: a module worker on a blank page (bundled here from src/model with Vite) trains
//     LeNet-5 and the Keras model (same builders, same wasm kernels) on each backend: a batch of
//     real MNIST bytes scaled to 0–1, optimizer.minimize, read the loss. Nothing else. -> images/s.
//  2. The app: #/train?autostart=1&model=...&backend=...&batch=64 (the real page, its worker, its
//     charts). Rate = images trained between two readings of the page's epoch/batch counters.
//     App and bare loop alternate (the app paused meanwhile) on the same shared machine; the
//     ratio is median(app) / median(bare).
//  3. The page's frame gaps while LeNet-5 trains on wasm (requestAnimationFrame): p99 and max.
//  4. LeNet-5 test accuracy (10,000 test images) after 60 s of training with backend=auto.
//
// Usage: npm run bench:train            (builds into dist/ first)
//        DIST_DIR=/tmp/dist-x node bench/train.bench.mjs [--quick] [--only=app|accuracy]
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const quick = process.argv.includes('--quick');
/** `--only=app` or `--only=accuracy`: one part of the benchmark. */
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length);
const BATCH = 64;

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no build: run \`npm run build\` (or vite build --outDir ${distDir}) first.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The bare loop worker, bundled from the app's own model code.
const BARE_ENTRY = `
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmTrainingKernels } from '/src/model/wasmKernels.ts';
import { buildModel } from '/src/model/architectures.ts';
import { defaultSpec } from '/src/model/spec.ts';

let wasmSet = false;
self.onmessage = async (e) => {
  const { backend, kind, batch, seconds, wasmPaths, images, labels } = e.data;
  try {
    if (backend === 'wasm') {
      registerWasmTrainingKernels();
      if (!wasmSet) { setWasmPaths(wasmPaths); wasmSet = true; }
    }
    if (!(await tf.setBackend(backend))) throw new Error(backend + ' did not start');
    await tf.ready();
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
    self.postMessage({ ok: true, steps, msPerStep: ms / steps, imagesPerSecond: (steps * batch * 1000) / ms });
  } catch (err) {
    self.postMessage({ ok: false, error: String(err && err.message || err) });
  }
};
`;

async function buildBare() {
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

// ---------------------------------------------------------------------------------------------
// A static server for the build and the bare page.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream', '.gz': 'application/gzip', '.webmanifest': 'application/manifest+json' };
const BARE_HTML = '<!doctype html><meta charset="utf-8"><title>bare tfjs loop</title><body>bare</body>';

function serve(bareDir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file;
    if (url.pathname === '/bench/bare.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(BARE_HTML);
      return;
    }
    if (url.pathname === '/bench/bare.js') file = join(bareDir, 'bare.js');
    else {
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      file = join(distDir, rel === '/' ? 'index.html' : rel);
    }
    if (!file.startsWith(distDir) && !file.startsWith(bareDir)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The first 1,024 training images and labels of the build's MNIST assets, for the bare loop. */
function mnistSample(count) {
  const images = gunzipSync(readFileSync(join(distDir, 'data', 'mnist', 'train-images.u8.gz'))).subarray(0, count * 784);
  const labels = gunzipSync(readFileSync(join(distDir, 'data', 'mnist', 'train-labels.u8.gz'))).subarray(0, count);
  return { images, labels };
}
const SAMPLE = mnistSample(1024);

function wasmPaths(base) {
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
async function bareRate(browser, base, backend, kind, seconds) {
  const page = await browser.newPage();
  try {
    await page.goto(new URL('bench/bare.html', base).href);
    return await page.evaluate(({ url, msg }) => new Promise((resolve) => {
      const w = new Worker(url, { type: 'module' });
      w.onmessage = (e) => { resolve(e.data); w.terminate(); };
      w.onerror = (e) => { resolve({ ok: false, error: e.message }); w.terminate(); };
      w.postMessage(msg);
    }), { url: new URL('bench/bare.js', base).href, msg: { backend, kind, batch: BATCH, seconds, wasmPaths: wasmPaths(base), images: Array.from(SAMPLE.images), labels: Array.from(SAMPLE.labels) } });
  } finally {
    await page.close();
  }
}

async function readCounters(page) {
  return page.evaluate(() => {
    const q = (id) => document.querySelector(`[data-testid="${id}"]`);
    const batchText = q('batch')?.textContent ?? '';
    const bpe = Number(batchText.split('/')[1]);
    return {
      state: q('train-status')?.getAttribute('data-state') ?? '',
      epoch: Number(q('epoch')?.getAttribute('data-value') ?? NaN),
      batch: Number(q('batch')?.getAttribute('data-value') ?? NaN),
      bpe,
      accuracy: q('test-accuracy')?.getAttribute('data-value') ?? null,
      epochsDone: document.querySelectorAll('[data-testid="epoch-table"] tbody tr').length,
      backend: q('backend')?.textContent ?? '',
      alert: [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent).join(' | '),
      t: performance.now(),
    };
  });
}

async function waitFor(page, pred, timeoutMs, what) {
  const t0 = Date.now();
  for (;;) {
    const c = await readCounters(page);
    if (pred(c)) return c;
    if (c.alert) throw new Error(`${what}: the page says: ${c.alert}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: timed out (${JSON.stringify(c)})`);
    await page.waitForTimeout(100);
  }
}

/**
 * The app's training rate in rounds, the page running (and optionally its frame gaps), with the
 * bare loop measured between rounds while the app is paused, so both see the same machine load.
 */
async function appVsBare(browser, base, backend, kind, { windowSeconds, bareSeconds, rounds, frames }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = (c) => ((c.epoch - 1) * c.bpe + c.batch) * BATCH;
  try {
    const hash = `#/train?autostart=1&model=${kind}&backend=${backend}&batch=${BATCH}&epochs=50&testlimit=500&lang=en`;
    await page.goto(new URL(hash, base).href);
    // Warm-up: a few steps, so the wasm/webgl programs are compiled.
    await waitFor(page, (c) => c.batch >= 3 && c.epoch === 1, 180_000, `${kind} on ${backend}`);
    await page.waitForTimeout(1000);
    const apps = [];
    const bares = [];
    const gaps = [];
    let usedBackend = '';
    for (let r = 0; r < rounds; r++) {
      if (frames) {
        await page.evaluate(() => {
          const list = [];
          let last = performance.now();
          const tick = (t) => { list.push(t - last); last = t; if (window.__benchFrames.on) requestAnimationFrame(tick); };
          window.__benchFrames = { list, on: true };
          requestAnimationFrame(tick);
        });
      }
      const a = await readCounters(page);
      await page.waitForTimeout(windowSeconds * 1000);
      const b = await readCounters(page);
      usedBackend = b.backend;
      if (frames) gaps.push(...(await page.evaluate(() => { window.__benchFrames.on = false; return window.__benchFrames.list.slice(1); })));
      if (!(seen(b) > seen(a))) throw new Error(`${kind} on ${backend}: no step in the window (${JSON.stringify({ a, b })})`);
      apps.push(((seen(b) - seen(a)) * 1000) / (b.t - a.t));
      if (bareSeconds > 0) {
        await page.click('[data-testid="train-pause"]');
        await waitFor(page, (c) => c.state === 'paused', 120_000, 'pause');
        const bare = await bareRate(browser, base, backend, kind, bareSeconds);
        if (bare.ok) bares.push(bare.imagesPerSecond);
        await page.click('[data-testid="train-pause"]');
        await waitFor(page, (c) => c.state === 'training', 60_000, 'resume');
        await page.waitForTimeout(1000);
      }
    }
    const result = { backend: usedBackend, apps, bares };
    if (gaps.length) {
      const sorted = [...gaps].sort((x, y) => x - y);
      result.frames = { count: gaps.length, p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))], max: sorted[sorted.length - 1] };
    }
    return result;
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** LeNet-5 on backend=auto for 60 s from the first step: the test accuracies reached and when. */
async function accuracyAfter60s(browser, base, settings) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const hash = `#/train?autostart=1&model=lenet5&backend=auto&lang=en${settings}`;
    await page.goto(new URL(hash, base).href);
    const start = await waitFor(page, (c) => c.batch >= 1, 180_000, 'lenet5 60 s run');
    const epochs = [];
    for (;;) {
      const c = await readCounters(page);
      if (c.alert) throw new Error(`lenet5 60 s run: ${c.alert}`);
      const elapsed = (c.t - start.t) / 1000;
      if (c.epochsDone > epochs.length && c.accuracy !== null) {
        epochs.push({ seconds: Math.round(elapsed * 10) / 10, accuracy: Number(c.accuracy) });
      }
      if (elapsed >= 60) break;
      await page.waitForTimeout(200);
    }
    await page.click('[data-testid="train-stop"]').catch(() => undefined);
    return { backend: start.backend, epochs, accuracy: epochs.length ? epochs[epochs.length - 1].accuracy : null };
  } finally {
    await page.close();
  }
}

const fmt = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

/** Images/s of the bare loop and the app on each backend, app / bare, and the page's frame gaps. */
async function speed(browser, base) {
  // Bare-loop-only figures where the app is not measured (too slow for a useful app window).
  console.log('Bare tfjs loop in a worker, batch 64 (images/s):');
  const bareOnly = [['webgl', 'keras', 4]];
  for (const [backend, kind, secs] of bareOnly) {
    const r = await bareRate(browser, base, backend, kind, secs).catch((e) => ({ ok: false, error: e.message }));
    console.log(`  ${backend.padEnd(5)} ${kind.padEnd(6)} ${r.ok ? `${fmt(r.imagesPerSecond).padStart(6)} images/s  (${fmt(r.msPerStep, 1)} ms/step, ${r.steps} steps)` : `failed: ${r.error}`}`);
  }
  console.log('  cpu   keras  not measured (one step takes over a minute)');

  // The app and the bare loop in alternating rounds (the app paused while the bare loop runs).
  console.log('\nThe app (#/train: its worker and page) against the bare loop, batch 64, alternating rounds (images/s):');
  const appPlan = [
    ['wasm', 'lenet5', { windowSeconds: quick ? 5 : 8, bareSeconds: quick ? 5 : 8, rounds: 3, frames: true }],
    ['wasm', 'keras', { windowSeconds: quick ? 6 : 10, bareSeconds: quick ? 6 : 10, rounds: 3, frames: false }],
    ['webgl', 'lenet5', { windowSeconds: 8, bareSeconds: 6, rounds: 1, frames: false }],
    ['cpu', 'lenet5', { windowSeconds: 8, bareSeconds: 6, rounds: 1, frames: false }],
  ];
  let frames = null;
  for (const [backend, kind, opts] of appPlan) {
    try {
      const r = await appVsBare(browser, base, backend, kind, opts);
      const app = median(r.apps);
      const bare = median(r.bares);
      console.log(`  ${backend.padEnd(5)} ${kind.padEnd(6)} app ${fmt(app).padStart(6)}  bare ${fmt(bare).padStart(6)}  app/bare ${fmt(app / bare, 3)}   (rounds: app ${r.apps.map((x) => fmt(x)).join(', ')}; bare ${r.bares.map((x) => fmt(x)).join(', ')})`);
      if (r.frames) frames = r.frames;
    } catch (e) {
      console.log(`  ${backend.padEnd(5)} ${kind.padEnd(6)} failed: ${e.message}`);
    }
  }
  if (frames) {
    console.log(`\nFrame gaps on #/train while LeNet-5 trains (wasm): ${frames.count} frames, p50 ${fmt(frames.p50, 1)} ms, p99 ${fmt(frames.p99, 1)} ms, max ${fmt(frames.max, 1)} ms`);
  }
}

/** LeNet-5's test accuracy after 60 s on the page: its defaults (the shipped model's recipe) and a constant learning rate. */
async function accuracy(browser, base) {
  const runs = [
    ['page defaults: 4 epochs, batch 64, lr 0.002 ×0.55 per epoch', ''],
    ['constant lr 0.002, batch 64, 5 epochs', '&decay=1&epochs=5'],
  ];
  for (const [label, settings] of runs) {
    try {
      const r = await accuracyAfter60s(browser, base, settings);
      console.log(`\nLeNet-5, 60 s of training on ${r.backend} (${label}): test accuracy ${r.accuracy === null ? '– (no epoch finished)' : `${fmt(r.accuracy * 100, 2)}%`}`);
      for (const e of r.epochs) console.log(`  epoch ${r.epochs.indexOf(e) + 1} done at ${fmt(e.seconds, 1)} s: ${fmt(e.accuracy * 100, 2)}%`);
    } catch (e) {
      console.log(`\nLeNet-5, 60 s of training (${label}): failed: ${e.message}`);
    }
  }
}

async function main() {
  console.log(`build: ${distDir}; batch ${BATCH}; Chromium ${chromiumPath}${quick ? ' (quick)' : ''}`);
  const bareDir = await buildBare();
  const server = await serve(bareDir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader'],
  });
  try {
    const renderer = await (async () => {
      const p = await browser.newPage();
      await p.goto(new URL('bench/bare.html', base).href);
      const r = await p.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl');
        const ext = gl && gl.getExtension('WEBGL_debug_renderer_info');
        return gl ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
      });
      await p.close();
      return r;
    })();
    console.log(`WebGL renderer: ${renderer}\n`);

    if (only === '' || only === 'app') await speed(browser, base);
    if (only === '' || only === 'accuracy') await accuracy(browser, base);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
