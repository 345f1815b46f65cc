// Training benchmark in headless Chromium (playwright-core, /usr/bin/chromium). Prints figures; not a test.
//
//  1. Bare tfjs loop: a module worker on a blank page (bundled here from src/model with Vite) trains
//     LeNet-5 and the Keras model (same builders, same wasm kernels) on each backend: a batch tensor
//     from a Float32Array, optimizer.minimize, read the loss. Nothing else. -> images/s.
//  2. The app: #/train?autostart=1&model=...&backend=...&batch=64 (the real page, its worker, its
//     charts). Rate = images trained between two readings of the page's epoch/batch counters,
//     inside one epoch (no evaluation in the window). -> images/s, and app / bare.
//  3. The page's frame gaps while LeNet-5 trains on wasm (requestAnimationFrame): p99 and max.
//  4. LeNet-5 test accuracy (10,000 test images) after 60 s of training with backend=auto.
//
// Usage: npm run bench:train            (builds into dist/ first)
//        DIST_DIR=/tmp/dist-x node bench/train.bench.mjs [--quick]
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const quick = process.argv.includes('--quick');
const BATCH = 64;
const BARE_SECONDS = quick ? 6 : 12;
const APP_WINDOW_SECONDS = quick ? 8 : 15;

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
  const { backend, kind, batch, seconds, wasmPaths } = e.data;
  try {
    if (backend === 'wasm') {
      registerWasmTrainingKernels();
      if (!wasmSet) { setWasmPaths(wasmPaths); wasmSet = true; }
    }
    if (!(await tf.setBackend(backend))) throw new Error(backend + ' did not start');
    await tf.ready();
    const model = buildModel(defaultSpec(kind), 1);
    const opt = tf.train.adam(0.001);
    const n = batch * 16;
    const xsAll = new Float32Array(n * 784).map(() => Math.random());
    const ysAll = new Float32Array(n * 10);
    for (let i = 0; i < n; i++) ysAll[i * 10 + Math.floor(Math.random() * 10)] = 1;
    let k = 0;
    const step = async () => {
      const off = (k++ % 16) * batch;
      const xs = tf.tensor4d(xsAll.subarray(off * 784, (off + batch) * 784), [batch, 28, 28, 1]);
      const ys = tf.tensor2d(ysAll.subarray(off * 10, (off + batch) * 10), [batch, 10]);
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
    }), { url: new URL('bench/bare.js', base).href, msg: { backend, kind, batch: BATCH, seconds, wasmPaths: wasmPaths(base) } });
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
      status: q('train-status')?.textContent ?? '',
      epoch: Number(q('epoch')?.getAttribute('data-value') ?? NaN),
      batch: Number(q('batch')?.getAttribute('data-value') ?? NaN),
      bpe,
      accuracy: q('test-accuracy')?.getAttribute('data-value') ?? null,
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

/** The app's training rate, and optionally its frame gaps, over one window inside the first epoch. */
async function appRate(browser, base, backend, kind, windowSeconds, frames) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const hash = `#/train?autostart=1&model=${kind}&backend=${backend}&batch=${BATCH}&epochs=1&testlimit=500&lang=en`;
    await page.goto(new URL(hash, base).href);
    // Warm-up: a few steps, so the wasm/webgl programs are compiled.
    await waitFor(page, (c) => c.batch >= 3 && c.epoch === 1, 180_000, `${kind} on ${backend}`);
    await page.waitForTimeout(1000);
    if (frames) {
      await page.evaluate(() => {
        const gaps = [];
        let last = performance.now();
        const tick = (t) => { gaps.push(t - last); last = t; if (window.__benchFrames.on) requestAnimationFrame(tick); };
        window.__benchFrames = { gaps, on: true };
        requestAnimationFrame(tick);
      });
    }
    const a = await readCounters(page);
    await page.waitForTimeout(windowSeconds * 1000);
    const b = await readCounters(page);
    let gaps = null;
    if (frames) gaps = await page.evaluate(() => { window.__benchFrames.on = false; return window.__benchFrames.gaps.slice(1); });
    if (a.epoch !== 1 || b.epoch !== 1 || !(b.batch > a.batch)) throw new Error(`${kind} on ${backend}: the window left the first epoch or no step was made (${JSON.stringify({ a, b })})`);
    const images = (b.batch - a.batch) * BATCH;
    const result = { backend: b.backend, imagesPerSecond: (images * 1000) / (b.t - a.t), steps: b.batch - a.batch };
    if (gaps) {
      const sorted = [...gaps].sort((x, y) => x - y);
      result.frames = { count: gaps.length, p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))], max: sorted[sorted.length - 1] };
    }
    return result;
  } finally {
    await page.close();
  }
}

/** LeNet-5 on backend=auto for 60 s from the first step: the test accuracies reached and when. */
async function accuracyAfter60s(browser, base, settings) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const hash = `#/train?autostart=1&model=lenet5&backend=auto&epochs=50&lang=en${settings}`;
    await page.goto(new URL(hash, base).href);
    const start = await waitFor(page, (c) => c.batch >= 1, 180_000, 'lenet5 60 s run');
    const epochs = [];
    let lastAcc = null;
    for (;;) {
      const c = await readCounters(page);
      if (c.alert) throw new Error(`lenet5 60 s run: ${c.alert}`);
      const elapsed = (c.t - start.t) / 1000;
      if (c.accuracy !== null && c.accuracy !== lastAcc) {
        lastAcc = c.accuracy;
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

    // The cpu backend is only measured briefly, on LeNet-5: one Keras step takes over a minute there.
    const plan = [
      ['wasm', 'lenet5', BARE_SECONDS], ['wasm', 'keras', BARE_SECONDS],
      ['webgl', 'lenet5', BARE_SECONDS], ['webgl', 'keras', 4],
      ['cpu', 'lenet5', 4],
    ];
    const bare = {};
    console.log('Bare tfjs loop in a worker (images/s, batch 64):');
    for (const [backend, kind, secs] of plan) {
      let r;
      try {
        r = await bareRate(browser, base, backend, kind, secs);
      } catch (e) {
        r = { ok: false, error: e.message };
      }
      bare[`${backend}/${kind}`] = r;
      console.log(`  ${backend.padEnd(5)} ${kind.padEnd(6)} ${r.ok ? `${fmt(r.imagesPerSecond).padStart(6)} images/s  (${fmt(r.msPerStep, 1)} ms/step, ${r.steps} steps)` : `failed: ${r.error}`}`);
    }

    console.log('\nThe app (#/train, its worker and page), images/s, and app / bare loop:');
    const appPlan = [['wasm', 'lenet5', true], ['wasm', 'keras', false], ['webgl', 'lenet5', false], ['cpu', 'lenet5', false]];
    let frames = null;
    for (const [backend, kind, withFrames] of appPlan) {
      try {
        const r = await appRate(browser, base, backend, kind, backend === 'wasm' ? APP_WINDOW_SECONDS : Math.max(6, APP_WINDOW_SECONDS / 2), withFrames);
        // The bare loop again right after the app (the machine is shared): the ratio uses the faster bare figure.
        const before = bare[`${backend}/${kind}`];
        const again = await bareRate(browser, base, backend, kind, backend === 'wasm' ? BARE_SECONDS : 4).catch((e) => ({ ok: false, error: e.message }));
        const bareBest = Math.max(before && before.ok ? before.imagesPerSecond : 0, again.ok ? again.imagesPerSecond : 0);
        const ratio = bareBest > 0 ? r.imagesPerSecond / bareBest : NaN;
        console.log(`  ${backend.padEnd(5)} ${kind.padEnd(6)} ${fmt(r.imagesPerSecond).padStart(6)} images/s  (${r.steps} steps)  bare again ${again.ok ? fmt(again.imagesPerSecond) : '–'}  app/bare ${fmt(ratio, 3)} (against the faster bare figure)`);
        if (r.frames) frames = r.frames;
      } catch (e) {
        console.log(`  ${backend.padEnd(5)} ${kind.padEnd(6)} failed: ${e.message}`);
      }
    }
    if (frames) {
      console.log(`\nFrame gaps on #/train while LeNet-5 trains (wasm): ${frames.count} frames, p50 ${fmt(frames.p50, 1)} ms, p99 ${fmt(frames.p99, 1)} ms, max ${fmt(frames.max, 1)} ms`);
    }

    for (const [label, settings] of [['page defaults', ''], ['batch 64, lr 0.002', '&batch=64&lr=0.002']]) {
      try {
        const r = await accuracyAfter60s(browser, base, settings);
        console.log(`\nLeNet-5, 60 s of training on ${r.backend} (${label}): test accuracy ${r.accuracy === null ? '– (no epoch finished)' : `${fmt(r.accuracy * 100, 2)}%`}`);
        for (const e of r.epochs) console.log(`  epoch ${r.epochs.indexOf(e) + 1} done at ${fmt(e.seconds, 1)} s: ${fmt(e.accuracy * 100, 2)}%`);
      } catch (e) {
        console.log(`\nLeNet-5, 60 s of training (${label}): failed: ${e.message}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
