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
//        DIST_DIR=/tmp/dist-x node --import tsx bench/train.bench.mjs [--quick] [--threads=N]
//            [--only=epochs|lenet|threads|app|accuracy]   (lenet: the epochs part without the Keras model)
//            [--extra=&batch=128&lr=0.005]   (link parameters added to the LeNet-5 run of the epochs part)
//  5. (epochs) The page's default LeNet-5 run and the Keras model's first epoch: where each
//     epoch's wall time goes (steps, data, evaluation, messages, views, checkpoints, yields),
//     steady/wall, accuracy after 30 s, frame gaps over the whole run. (threads) The bare loop with
//     1, 2 and 4 wasm threads. The server sends the cross-origin isolation headers.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bareRateIn, buildBare } from './bareLoop.mjs';
import { accuracyAt, defaultRun, load, printRun } from './trainRun.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const quick = process.argv.includes('--quick');
/** `--only=app|threads|epochs|accuracy`: one part of the benchmark. */
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length);
/** `--threads=N`: the wasm thread count of the app runs (default: the app's own choice). */
/** `--extra=&batch=128`: link parameters added to the epochs part's LeNet-5 run (to time another recipe in the page). */
const EXTRA = (process.argv.find((a) => a.startsWith('--extra=')) ?? '').slice('--extra='.length);
const threadsArg = Number((process.argv.find((a) => a.startsWith('--threads=')) ?? '').slice('--threads='.length)) || 0;
const THREADS = threadsArg > 0 ? `&threads=${threadsArg}` : '';
const BATCH = 64;

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no build: run \`npm run build\` (or vite build --outDir ${distDir}) first.`);
  process.exit(1);
}


// ---------------------------------------------------------------------------------------------
// A static server for the build and the bare page.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream', '.gz': 'application/gzip', '.webmanifest': 'application/manifest+json' };
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'same-origin' };
const BARE_HTML = '<!doctype html><meta charset="utf-8"><title>bare tfjs loop</title><body>bare</body>';

function serve(bareDir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file;
    if (url.pathname === '/bench/bare.html') {
      res.writeHead(200, { 'content-type': 'text/html', ...ISOLATION });
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
    // Cross-origin isolated like `npm run preview` (src/sw/isolation.ts), so wasm gets its threads.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...ISOLATION });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Bare-loop images/s on `backend` (threads: 0 = the app's own choice; default: --threads). */
const bareRate = (browser, base, backend, kind, seconds, threads = threadsArg) => bareRateIn(browser, base, distDir, { backend, kind, batch: BATCH, seconds, threads });

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
    const hash = `#/train?autostart=1&model=${kind}&backend=${backend}&batch=${BATCH}&epochs=50&testlimit=500&lang=en${THREADS}`;
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
      if (elapsed >= 60 || c.state === 'done') break;
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
    ['page defaults: 2 epochs, batch 64, one-cycle to 0.003, label smoothing 0.1', ''],
    ['the earlier default: 4 epochs, batch 64, lr 0.002 ×0.55 per epoch, no smoothing', '&epochs=4&lr=0.002&decay=0.55&smoothing=0'],
    ['constant lr 0.002, batch 64, 5 epochs', '&lr=0.002&decay=1&epochs=5&smoothing=0'],
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

/** Bare-loop images/s with 1, 2 and 4 wasm threads, LeNet-5 and Keras (each in a fresh worker). */
async function threads(browser, base) {
  console.log(`\nBare tfjs loop on wasm by thread count, batch 64 (images/s; load ${load()}):`);
  for (const kind of ['lenet5', 'keras']) {
    const rates = [];
    for (const n of [1, 2, 4]) {
      const r = await bareRate(browser, base, 'wasm', kind, kind === 'keras' ? 10 : 6, n).catch((e) => ({ ok: false, error: e.message }));
      rates.push(r.ok ? r.imagesPerSecond : Number.NaN);
      console.log(`  ${kind.padEnd(6)} ${n} thread${n > 1 ? 's' : ' '}: ${r.ok ? `${fmt(r.imagesPerSecond).padStart(6)} images/s (${r.threads} in use)${n > 1 ? `  ×${fmt(r.imagesPerSecond / rates[0], 2)} of 1 thread` : ''}` : `failed: ${r.error}`}`);
    }
  }
}

/** The page's default LeNet-5 run and the Keras model's first epoch: breakdown, accuracy, frames. */
async function epochs(browser, base) {
  const lenet = await defaultRun(browser, base, { extra: THREADS + EXTRA, maxSeconds: 120 });
  printRun(`LeNet-5, the page's default run${EXTRA ? ` with ${EXTRA}` : ''} (backend auto)`, lenet);
  const at30 = accuracyAt(lenet, 30);
  console.log(`  test accuracy after 30 s: ${at30 ? `${fmt(at30.accuracy * 100, 2)}% (epoch done at ${fmt(at30.seconds, 1)} s)` : '– (no epoch done)'}`);
  if (only === 'lenet') return;
  const keras = await defaultRun(browser, base, { extra: `&model=keras&epochs=1${THREADS}`, maxSeconds: 300 });
  printRun('Keras model, its first epoch with the page\'s defaults (backend auto)', keras);
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

    console.log(`load average (1, 5, 15 min): ${load()}`);
    if (only === '' || only === 'epochs' || only === 'lenet') await epochs(browser, base);
    if (only === '' || only === 'threads') await threads(browser, base);
    if (only === '' || only === 'app') await speed(browser, base);
    if (only === '' || only === 'accuracy') await accuracy(browser, base);
    console.log(`\nload average at the end (1, 5, 15 min): ${load()}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
