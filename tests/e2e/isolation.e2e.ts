/**
 * Cross-origin isolation and wasm threads (issue 13): the built site under `vite preview` is
 * isolated (page and training worker) and trains with threads; served without the headers it
 * trains on one thread and says why; and there the service worker adds the headers from the next
 * visit on (a static host that cannot set headers).
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, launchBrowser, openPage } from './harness';

after(closeBrowser);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const distDir = process.env.DIST_DIR ?? join(root, 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2' };

/** A plain static server over the build: no COOP/COEP headers (like many static hosts). */
function plainServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(distDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
  }));
}

const RUN = '#/train?autostart=1&limit=640&epochs=1&batch=64&testlimit=200&backend=wasm&lang=en';

async function threadsLine(page: Page): Promise<{ threads: number; isolated: string | null }> {
  const el = page.getByTestId('backend-threads');
  await el.waitFor({ timeout: 90_000 });
  return { threads: Number(await el.getAttribute('data-value')), isolated: await el.getAttribute('data-isolated') };
}

async function trainsAStep(page: Page): Promise<void> {
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="batch"]')?.getAttribute('data-value') ?? 0) >= 1, undefined, { timeout: 120_000 });
}

test('vite preview: the page and the training worker are cross-origin isolated, and training runs on 2 threads', async () => {
  const s = await openPage(`${RUN}&threads=2`);
  try {
    assert.equal(await s.page.evaluate(() => crossOriginIsolated), true);
    const line = await threadsLine(s.page);
    assert.equal(line.isolated, 'true', 'the worker reports isolation');
    assert.equal(line.threads, 2);
    assert.equal(await s.page.getByTestId('backend').textContent(), 'wasm');
    assert.match((await s.page.getByTestId('backend-threads').textContent()) ?? '', /2 threads/);
    assert.equal(await s.page.getByTestId('isolation-note').count(), 0);
    await trainsAStep(s.page);
    // The drawing page (tfjs on the page itself) still works under isolation, on one thread.
    await s.page.goto(new URL('#/draw?lang=en', s.page.url()).href);
    await s.page.getByTestId('draw-model-in-use').waitFor({ timeout: 90_000 });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('served without the isolation headers: one thread, the page says why, training still runs', async () => {
  const { server, base } = await plainServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}${RUN}&threads=2`);
    assert.equal(await page.evaluate(() => crossOriginIsolated), false);
    const line = await threadsLine(page);
    assert.equal(line.isolated, 'false');
    assert.equal(line.threads, 1);
    assert.match((await page.getByTestId('backend-threads').textContent()) ?? '', /1 thread/);
    assert.match((await page.getByTestId('isolation-note').textContent()) ?? '', /not cross-origin isolated/);
    await trainsAStep(page);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});

test('a static host without the headers: the service worker adds them from the next visit on', async () => {
  const { server, base } = await plainServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}#/?lang=en`);
    assert.equal(await page.evaluate(() => crossOriginIsolated), false, 'the first visit has no service worker yet');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    await page.goto(`${base}${RUN}&threads=2`);
    await page.reload();
    assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'isolated through the service worker');
    const line = await threadsLine(page);
    assert.equal(line.isolated, 'true');
    assert.equal(line.threads, 2);
    await trainsAStep(page);
  } finally {
    await context.close();
    server.close();
  }
});
