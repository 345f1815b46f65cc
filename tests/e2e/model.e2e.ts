import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

async function stateOf(page: import('playwright-core').Page): Promise<string | null> {
  return page.getByTestId('train-status').getAttribute('data-state');
}

test('backend=auto on software WebGL (SwiftShader) picks wasm, served by the app itself', async () => {
  const s = await openPage('#/train?lang=en&testlimit=100');
  try {
    const { page } = s;
    await page.locator('[data-testid="train-status"][data-state="ready"]').waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('backend').textContent(), 'wasm');
    assert.match((await page.getByTestId('backend-reason').getAttribute('title')) ?? '', /^wasm: the WebGL renderer is software \(.*SwiftShader.*\), where wasm is faster$/);
    assert.deepEqual(s.external, [], 'no request leaves the app');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('an explicit backend=cpu wins; the worker trains on it', async () => {
  const s = await openPage('#/train?lang=en&backend=cpu&testlimit=100&limit=64&batch=32&epochs=1&autostart=1');
  try {
    const { page } = s;
    await page.getByTestId('test-accuracy').waitFor({ timeout: 180_000 });
    assert.equal(await page.getByTestId('backend').textContent(), 'cpu');
    assert.equal(await page.getByTestId('backend-reason').getAttribute('title'), 'chosen: backend=cpu');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a crash of the training worker ends the run with a message; a new worker gets the model after the last epoch', async () => {
  const s = await openPage('#/train?lang=en&backend=wasm&testlimit=200&limit=640&batch=64&epochs=40&autostart=1');
  try {
    const { page } = s;
    // Wait for a finished epoch (a checkpoint), then make the worker throw an uncaught error.
    await page.getByTestId('test-accuracy').waitFor({ timeout: 180_000 });
    // The training worker itself (with threads, its wasm thread pool's blob: workers are listed too).
    const workers = page.workers().filter((w) => !w.url().startsWith('blob:'));
    assert.ok(workers.length >= 1, 'the training worker exists');
    await Promise.all(workers.map((w) => w.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash');
      }, 0);
    }).catch(() => undefined)));
    const alert = page.getByTestId('train-error');
    await alert.waitFor({ timeout: 30_000 });
    assert.equal(await alert.getAttribute('data-code'), 'worker-crash');
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match((await alert.textContent()) ?? '', /simulated crash\. The model after epoch \d+ is kept\./);
    // The replacement worker loads the data again and the kept model: the page can go on.
    await page.locator('[data-testid="train-status"][data-state="ready"]').waitFor({ timeout: 120_000 });
    assert.equal(await stateOf(page), 'ready');
    // Continue training the kept model in the new worker (the worker refuses to continue without one).
    await page.getByTestId('train-continue').check();
    await page.getByTestId('train-start').click();
    await page.locator('[data-testid="train-status"][data-state="training"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="batch"]')?.getAttribute('data-value') ?? 0) >= 2, undefined, { timeout: 60_000 });
    await page.getByTestId('train-stop').click();
    await page.locator('[data-testid="train-status"][data-state="stopped"]').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('train-error').count(), 0);
    // Only the simulated crash may appear among the console errors.
    assert.deepEqual(s.errors.filter((e) => !/simulated crash/.test(e)), []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('the shipped models are served with their metrics (LeNet-5 ≥ 98.8% on the 10,000 test images)', async () => {
  const s = await openPage('#/');
  try {
    const { page } = s;
    const got = await page.evaluate(async () => {
      const out: Record<string, { input: unknown; accuracy: number; count: number; bytes: number }> = {};
      for (const name of ['lenet5', 'gap-cam']) {
        const json = await (await fetch(`models/${name}/model.json`)).json();
        const metrics = await (await fetch(`models/${name}/metrics.json`)).json();
        const weights = await (await fetch(`models/${name}/weights.bin`)).arrayBuffer();
        out[name] = { input: json.modelTopology.config.layers[0].config.batch_input_shape, accuracy: metrics.testAccuracy, count: metrics.testCount, bytes: weights.byteLength };
      }
      return out;
    });
    assert.deepEqual(got.lenet5.input, [null, 28, 28, 1]);
    assert.equal(got.lenet5.count, 10000);
    assert.ok(got.lenet5.accuracy >= 0.988, `LeNet-5 ${got.lenet5.accuracy}`);
    assert.equal(got.lenet5.bytes, 61706 * 4);
    assert.equal(got['gap-cam'].count, 10000);
    assert.ok(got['gap-cam'].accuracy >= 0.975, `GAP-CAM ${got['gap-cam'].accuracy}`);
  } finally {
    await s.close();
  }
});
