/**
 * One tfjs for the page and the training worker (issue 13; vite.tfRuntime.ts): the build holds
 * tfjs in one file, assets/tf-runtime-<hash>.js; in the same visit the training worker trains with
 * it and the page predicts with it; it exports every name of the tfjs, tfjs-core and
 * tfjs-backend-wasm APIs, so no import of the app can miss. (That the browser fetches it once is
 * measured by bench/bytes.bench.mjs: here the harness's request routing turns the HTTP cache off.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const assetsDir = join(process.env.DIST_DIR ?? join(root, 'dist'), 'assets');

/** Text only tfjs-core has (its gradient engine) and the name of tfjs-backend-wasm's threaded module. */
const MARKERS = ['Cannot compute gradient of y=f(x) with respect to x', 'WasmBackendModuleThreadedSimd'];

function scriptsHolding(marker: string): string[] {
  return readdirSync(assetsDir).filter((f) => f.endsWith('.js') && readFileSync(join(assetsDir, f), 'utf8').includes(marker));
}

test('the build holds tfjs in one file, the runtime; the training worker and the page chunks only import it', () => {
  for (const marker of MARKERS) {
    const files = scriptsHolding(marker);
    assert.equal(files.length, 1, `${marker}: ${files.join(', ')}`);
    assert.match(files[0], /^tf-runtime-[\w-]{8}\.js$/);
  }
  const runtime = scriptsHolding(MARKERS[0])[0];
  const importers = scriptsHolding(`"./${runtime}"`);
  assert.ok(importers.some((f) => f.startsWith('training.worker-')), `importers: ${importers.join(', ')}`);
  assert.ok(importers.some((f) => f.startsWith('models-')), `importers: ${importers.join(', ')}`);
  for (const f of importers) assert.ok(readFileSync(join(assetsDir, f)).length < 100_000, `${f} is small`);
});

test('in one visit the worker trains and the page predicts with the same runtime file; it exports the whole tfjs API', async () => {
  const s = await openPage('#/train?autostart=1&limit=640&epochs=1&batch=64&testlimit=200&lang=en');
  try {
    await s.page.waitForFunction(() => Number(document.querySelector('[data-testid="batch"]')?.getAttribute('data-value') ?? 0) >= 1, undefined, { timeout: 120_000 });
    await s.page.locator('.app-header nav a[href*="/draw"]').click();
    await s.page.getByTestId('draw-model-in-use').waitFor({ timeout: 60_000 });
    await s.page.getByTestId('sample-3').click();
    await s.page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') === '3');

    const runtimes = [...new Set(s.requests.filter((u) => /\/assets\/tf-runtime-[\w-]{8}\.js$/.test(u)))];
    assert.equal(runtimes.length, 1, runtimes.join(', '));
    const names = await s.page.evaluate(async (url) => Object.keys(await import(url)), runtimes[0]);
    const api = new Set<string>();
    for (const m of [await import('@tensorflow/tfjs'), await import('@tensorflow/tfjs-core'), await import('@tensorflow/tfjs-backend-wasm')]) for (const k of Object.keys(m)) api.add(k);
    api.delete('default');
    assert.deepEqual([...api].filter((k) => !names.includes(k)), []);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
