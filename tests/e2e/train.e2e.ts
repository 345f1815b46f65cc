import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

// A short run: 2,000 training images, one epoch, evaluation on the first 2,000 test images.
const HASH = '#/train?limit=2000&epochs=1&batch=64&testlimit=2000&lang=en';

async function batchValue(page: Page): Promise<number> {
  return Number(await page.getByTestId('batch').getAttribute('data-value'));
}

async function waitForState(page: Page, state: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-testid="train-status"][data-state="${state}"]`).waitFor({ timeout });
}

test('train one short epoch: data loads, start, pause stays paused, resume, test accuracy, confusion cell shows digits', async () => {
  const s = await openPage(HASH);
  try {
    const { page } = s;
    // The data loads in the worker (progress bar, then "ready").
    await page.locator('[data-testid="data-status"][data-state="done"]').waitFor({ timeout: 90_000 });
    await waitForState(page, 'ready');
    await page.getByTestId('backend').waitFor();
    assert.match((await page.getByTestId('backend').textContent()) ?? '', /^(webgl|wasm|cpu)$/);
    // The summary before training: LeNet-5's 61,706 parameters.
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '61706');

    await page.getByTestId('train-start').click();
    await waitForState(page, 'training');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="batch"]')?.getAttribute('data-value') ?? 0) >= 1);

    await page.getByTestId('train-pause').click();
    await waitForState(page, 'paused');
    const atPause = await batchValue(page);
    await page.waitForTimeout(1500);
    assert.equal(await batchValue(page), atPause, 'no batch while paused');
    assert.equal(await page.getByTestId('train-status').getAttribute('data-state'), 'paused');

    await page.getByTestId('train-pause').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="batch"]')?.getAttribute('data-value') ?? 0) > n
      || document.querySelector('[data-testid="test-accuracy"]') !== null, atPause);

    // Leave the page and come back: the worker kept going, the page shows the same run.
    const before = await batchValue(page);
    await page.locator('.app-header nav a').first().click();
    await page.getByTestId('lesson-list').first().waitFor();
    await page.waitForTimeout(500);
    await page.locator('.app-header nav a[href*="/train"]').click();
    await page.getByTestId('train-status').waitFor();
    assert.match((await page.getByTestId('train-status').getAttribute('data-state')) ?? '', /^(training|done)$/);
    assert.ok((await page.getByTestId('test-accuracy').count()) > 0 || (await batchValue(page)) >= before, 'the run went on');

    const acc = page.getByTestId('test-accuracy');
    await acc.waitFor({ timeout: 180_000 });
    const value = Number(await acc.getAttribute('data-value'));
    assert.ok(value > 0.5 && value <= 1, `test accuracy ${value}`);
    await waitForState(page, 'done');
    // LeNet-5's one-cycle schedule ends its run at 2% of the peak rate 0.003: the last step's rate is on screen.
    const lastRate = Number(await page.getByTestId('current-lr').getAttribute('data-value'));
    assert.ok(Math.abs(lastRate - 0.00006) < 1e-9, `last learning rate ${lastRate}`);
    assert.equal(await page.getByTestId('current-lr').textContent(), '0.00006');
    // The curves were drawn with d3: one path per series on both charts.
    assert.ok(await page.locator('[data-testid="chart-loss"] path.series').count() >= 3);

    // A confusion-matrix cell shows its test digits.
    const diag = page.locator('[data-testid="grid-confusion"] [data-row="1"][data-col="1"]');
    assert.ok(Number(await diag.getAttribute('data-value')) > 0);
    await diag.click();
    const digits = page.locator('[data-testid="cell-images"] canvas.digit');
    await digits.first().waitFor();
    assert.ok((await digits.count()) > 0);
    // Keyboard: Enter on another cell.
    await diag.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="cell-images"][data-true="1"][data-predicted="2"]').waitFor();

    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('save to IndexedDB, reload, load it back; download as files, a corrupt pair is refused, the right pair loads', async () => {
  const s = await openPage(HASH);
  try {
    const { page } = s;
    await waitForState(page, 'ready', 90_000);
    await page.getByTestId('train-start').click();
    await page.getByTestId('test-accuracy').waitFor({ timeout: 180_000 });
    await waitForState(page, 'done');
    await page.getByTestId('model-name').fill('e2e-lenet');
    await page.getByTestId('save-idb').click();
    await page.getByText('Saved “e2e-lenet” in this browser').waitFor({ timeout: 30_000 });

    await page.reload();
    await waitForState(page, 'ready', 90_000);
    await page.locator('[data-testid="saved-models"] option[value="e2e-lenet"]').waitFor({ state: 'attached' });
    await page.getByTestId('saved-models').selectOption('e2e-lenet');
    await page.getByTestId('load-idb').click();
    await page.getByText('Loaded the model “e2e-lenet”').waitFor({ timeout: 30_000 });
    const total = await page.locator('[data-testid="worker-summary"] tfoot td[data-value]').first().getAttribute('data-value');
    assert.equal(total, '61706');

    // Download as files: model.json, weights.bin and the replay.
    const downloads: string[] = [];
    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    page.on('download', (d) => {
      downloads.push(d.suggestedFilename());
      void d.path().then(async (p) => {
        const { readFile } = await import('node:fs/promises');
        files.push({ name: d.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(p) });
      });
    });
    await page.getByTestId('model-name').fill('e2e-lenet');
    await page.getByTestId('save-download').click();
    await page.getByText('Downloaded “e2e-lenet”').waitFor({ timeout: 30_000 });
    // The replay saved with the model in IndexedDB comes along as e2e-lenet.replay.
    for (let i = 0; i < 50 && files.length < 3; i++) await page.waitForTimeout(100);
    assert.deepEqual(downloads.sort(), ['e2e-lenet.json', 'e2e-lenet.replay', 'weights.bin']);
    const json = files.find((f) => f.name.endsWith('.json'));
    const bin = files.find((f) => f.name === 'weights.bin');
    assert.ok(json && bin);

    // A corrupt pair (weights cut short): a clear message, and the model stays as it was.
    await page.getByTestId('load-files').setInputFiles([json, { ...bin, buffer: bin.buffer.subarray(0, 1000) }]);
    const ioError = page.getByTestId('io-error');
    await ioError.waitFor({ timeout: 30_000 });
    assert.equal(await ioError.getAttribute('role'), 'alert');
    assert.equal(await page.locator('[data-testid="worker-summary"] tfoot td[data-value]').first().getAttribute('data-value'), '61706');
    // Only a model.json: the page says what is missing before asking the worker.
    await page.getByTestId('load-files').setInputFiles([json]);
    await page.getByText('Choose the weights file').waitFor();
    // The right pair loads.
    await page.getByTestId('load-files').setInputFiles([json, bin]);
    await page.getByText('Loaded the model “e2e-lenet.json”').waitFor({ timeout: 30_000 });
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('a worker crash ends the run with an alert; the model so far is kept and can be saved', async () => {
  const s = await openPage('#/train?limit=4000&epochs=3&batch=64&testlimit=1000&lang=en');
  try {
    const { page } = s;
    await waitForState(page, 'ready', 90_000);
    await page.getByTestId('train-start').click();
    // After the first epoch the worker has sent a checkpoint.
    await page.getByTestId('test-accuracy').waitFor({ timeout: 120_000 });
    const worker = s.page.workers().find((w) => /training/.test(w.url())) ?? s.page.workers()[0];
    assert.ok(worker, 'the training worker is running');
    // An uncaught exception in the worker, as a crash would raise.
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash');
      }, 0);
    });
    const alert = page.getByTestId('train-error');
    await alert.waitFor({ timeout: 30_000 });
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await alert.getAttribute('data-code'), 'worker-crash');
    assert.match((await alert.textContent()) ?? '', /as of epoch [1-3](\.\d+)? is kept/);
    // The client restarts the worker with the last checkpoint: the curves stay, saving works.
    await waitForState(page, 'ready', 90_000);
    assert.ok(Number(await page.getByTestId('test-accuracy').getAttribute('data-value')) > 0.5);
    await page.getByTestId('model-name').fill('after-crash');
    await page.getByTestId('save-idb').click();
    await page.getByText('Saved “after-crash” in this browser').waitFor({ timeout: 30_000 });
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('autostart=1 starts the run once the data is ready; model=keras shows the lecture’s 1,199,882 parameters', async () => {
  const s = await openPage('#/train?autostart=1&limit=500&epochs=1&batch=64&testlimit=500&lang=en');
  try {
    await s.page.getByTestId('test-accuracy').waitFor({ timeout: 120_000 });
    await waitForState(s.page, 'done');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
  const k = await openPage('#/train?model=keras&lang=en');
  try {
    await k.page.getByTestId('param-count').waitFor();
    assert.equal(await k.page.getByTestId('param-count').textContent(), '1,199,882');
    assert.equal(await k.page.getByTestId('model-kind').inputValue(), 'keras');
  } finally {
    await k.close();
  }
});

test('malformed settings in the link are named; a missing data file gives a message and Retry', async () => {
  const s = await openPage('#/train?epochs=ten&backend=gpu&smoothing=lots&lang=en');
  try {
    const { page } = s;
    const ignored = page.getByTestId('ignored-param');
    await ignored.first().waitFor();
    const texts = await ignored.allTextContents();
    assert.ok(texts.some((t) => t.includes('epochs=ten')));
    assert.ok(texts.some((t) => t.includes('backend=gpu')));
    assert.ok(texts.some((t) => t.includes('smoothing=lots')));
    // The ignored values fall back to LeNet-5's recipe: 2 epochs of 64, one-cycle to 0.003, smoothing 0.1.
    assert.equal(await page.getByTestId('set-epochs').inputValue(), '2');
    assert.equal(await page.getByTestId('set-batch').inputValue(), '64');
    assert.equal(await page.getByTestId('set-lr').inputValue(), '0.003');
    assert.equal(await page.getByTestId('set-schedule').inputValue(), 'onecycle');
    assert.equal(await page.getByTestId('set-smoothing').inputValue(), '0.1');
    // The per-epoch factor is unused by the one-cycle schedule: disabled, with the reason under it.
    const decay = page.getByTestId('set-decay');
    assert.equal(await decay.isDisabled(), true);
    assert.match(await page.locator('#set-decay-hint').textContent() ?? '', /per-epoch schedule only/);
    await page.getByTestId('set-schedule').selectOption('step');
    await page.waitForFunction(() => location.hash.includes('schedule=step'));
    assert.equal(await decay.isDisabled(), false);
    await decay.fill('0.5');
    await page.waitForFunction(() => location.hash.includes('decay=0.5'));
    // Label smoothing above 0.3 is refused next to the field; the link keeps 0.1.
    await page.getByTestId('set-smoothing').fill('0.9');
    assert.match(await page.locator('#set-smoothing-err').textContent() ?? '', /from 0 to 0.3/);
    assert.equal(new URL(page.url()).hash.includes('smoothing=0.9'), false);
  } finally {
    await s.close();
  }
  const t = await openPage('#/train?lang=en', {});
  try {
    const { page, context } = t;
    // Fail the training images, as if the file were missing on the server.
    await context.route('**/data/mnist/train-images*', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.reload();
    const alert = page.locator('[data-testid="data-status"] [role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    assert.match((await alert.textContent()) ?? '', /train-images/);
    await context.unroute('**/data/mnist/train-images*');
    await page.getByTestId('data-retry').click();
    await waitForState(page, 'ready', 90_000);
  } finally {
    await t.close();
  }
});
