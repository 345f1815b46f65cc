// Bytes a learner's browser downloads (headless Chromium, service worker on): a lesson-only first
// visit (#/ then a lesson, until the service worker has installed its precache), then opening
// #/train (tfjs, the worker, wasm, MNIST: cached for offline use from then on). The server gzips
// what compresses (like any static host) and counts the bytes it sends: headers and bodies, the
// service worker's own fetches included; like a static host it answers a file the browser already
// has with 304 (ETag, Cache-Control: no-cache). Prints figures; not a test.
// Usage: npm run bench:bytes    (builds into dist/ first)   DIST_DIR=… node bench/bytes.bench.mjs
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { load } from './trainRun.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no build: run \`npm run build\` first.`);
  process.exit(1);
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.bin': 'application/octet-stream', '.gz': 'application/gzip', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };
/** Already compressed: sent as they are. */
const STORED = new Set(['.gz', '.woff2', '.woff', '.png']);
const gzCache = new Map();

let log = [];
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(distDir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    log.push({ path, bytes: 9 });
    return;
  }
  const ext = extname(file);
  // Validators like any static host (sirv, GitHub Pages, Netlify): a file the browser already has
  // costs a 304 and no body. Cache-Control: no-cache, the strictest common setting (always revalidate).
  const etag = `"${statSync(file).size}-${statSync(file).mtimeMs}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag, 'cache-control': 'no-cache' }).end();
    log.push({ path, bytes: 17 + etag.length + 40 });
    return;
  }
  const gzip = !STORED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  let body = readFileSync(file);
  if (gzip) {
    if (!gzCache.has(file)) gzCache.set(file, gzipSync(body, { level: 9 }));
    body = gzCache.get(file);
  }
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'content-length': body.length, etag, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) };
  res.writeHead(200, headers);
  res.end(body);
  // Status line and headers as sent (about), plus the body.
  log.push({ path, bytes: body.length + 17 + Object.entries(headers).reduce((s, [k, v]) => s + k.length + String(v).length + 4, 0) });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
function take() {
  const out = log;
  log = [];
  return out;
}
function report(label, entries) {
  const total = entries.reduce((s, e) => s + e.bytes, 0);
  console.log(`\n${label}: ${kb(total)} in ${entries.length} responses (load ${load()})`);
  const byPath = new Map();
  for (const e of entries) byPath.set(e.path, (byPath.get(e.path) ?? 0) + e.bytes);
  for (const [path, bytes] of [...byPath].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
  return total;
}
try {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${base}#/?lang=en`);
  await page.getByTestId('lesson-list').first().waitFor();
  // The service worker installs (its precache complete) and takes control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }));
  });
  await page.locator('[data-testid="lesson-list"] [data-lesson] a').first().click();
  await page.getByTestId('step-index').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  const lessons = report('A lesson-only first visit (#/, one lesson; the service worker and its precache included)', take());

  await page.goto(`${base}#/train?lang=en`);
  await page.locator('[data-testid="data-status"][data-state="done"]').waitFor({ timeout: 180_000 });
  // The lazy files are cached for offline use when the page opens; give that time to finish.
  await page.waitForTimeout(5000);
  const train = report('Then opening #/train (tfjs, the worker, wasm and the models for offline use; the MNIST data)', take());
  console.log(`\nTotal: ${kb(lessons + train)}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
