import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

const IDS = [
  'plain',
  ...['right', 'left', 'down', 'up'].flatMap((d) => [1, 2, 3, 4].map((n) => `shift-${d}-${n}`)),
  'rotate-cw15', 'rotate-ccw15', 'scale-0.8', 'scale-0.9', 'scale-1.1', 'scale-1.2', 'thicker', 'thinner',
];

async function strip(page: Page): Promise<{ batch: string; sums: string[]; originals: string[] }> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="augment-strip"]');
    const sums = [...document.querySelectorAll('[data-testid^="augment-sample-"]')].map((c) => c.getAttribute('data-sum') ?? '');
    const originals = [...document.querySelectorAll('[data-testid^="augment-original-"]')].map((c) => c.getAttribute('data-sum') ?? '');
    return { batch: el?.getAttribute('data-batch') ?? '', sums, originals };
  });
}

test('augmented training shows new samples from batch to batch; the model is tested on all 25 transformed sets', async () => {
  const s = await openPage('#/train?limit=12000&epochs=1&batch=64&testlimit=300&augment=shift,rotate,scale,thickness,wobble&lang=en');
  try {
    const { page } = s;
    await page.locator('[data-testid="train-status"][data-state="ready"]').waitFor({ timeout: 90_000 });
    // the unknown name is reported next to the check boxes; the known ones are on
    assert.match(await page.getByTestId('augment-ignored').innerText(), /wobble/);
    for (const n of ['shift', 'rotate', 'scale', 'thickness']) assert.equal(await page.getByTestId(`augment-${n}`).isChecked(), true);
    assert.equal(await page.getByTestId('ignored-param').count(), 0);

    await page.getByTestId('train-start').click();
    await page.getByTestId('augment-strip').waitFor({ timeout: 60_000 });
    const first = await strip(page);
    assert.equal(first.sums.length, 8);
    assert.notDeepEqual(first.sums, first.originals, 'augmented images differ from the stored ones');
    await page.waitForFunction((b) => {
      const now = document.querySelector('[data-testid="augment-strip"]')?.getAttribute('data-batch');
      return now !== b || document.querySelector('[data-testid="train-status"]')?.getAttribute('data-state') === 'done';
    }, first.batch, { timeout: 60_000 });
    const second = await strip(page);
    assert.notEqual(second.batch, first.batch, 'a later batch');
    assert.notDeepEqual(second.sums, first.sums, 'the samples change from batch to batch');

    await page.locator('[data-testid="train-status"][data-state="done"]').waitFor({ timeout: 120_000 });
    await page.getByTestId('robust-run').click();
    await page.getByTestId('robust-summary').waitFor({ timeout: 120_000 });
    for (const id of IDS) {
      const v = Number(await page.getByTestId(`robust-accuracy-${id}`).getAttribute('data-value'));
      assert.ok(v >= 0 && v <= 1, `${id}: ${v}`);
    }
    const plain = Number(await page.getByTestId('robust-accuracy-plain').getAttribute('data-value'));
    const test = Number(await page.getByTestId('test-accuracy').getAttribute('data-value'));
    assert.ok(Math.abs(plain - test) < 1e-9, `plain ${plain} equals the epoch's test accuracy ${test}`);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('a robustness test of all 10,000 test images can be cancelled: the sets done stay, the rest are –, the page keeps its state and tests again', async () => {
  const s = await openPage('#/train?testlimit=10000&lang=en');
  try {
    const { page } = s;
    await page.locator('[data-testid="train-status"][data-state="ready"]').waitFor({ timeout: 90_000 });
    await page.getByTestId('robust-count').selectOption('10000');
    const status = await page.getByTestId('train-status').getAttribute('data-state');
    await page.getByTestId('robust-run').click();
    await page.getByTestId('robust-cancel').waitFor();
    // the first set is measured, then cancel
    await page.getByTestId('robust-accuracy-plain').waitFor({ timeout: 120_000 });
    await page.getByTestId('robust-cancel').click();
    const note = page.getByTestId('robust-cancelled');
    await note.waitFor({ timeout: 60_000 });
    const done = Number(await note.getAttribute('data-done'));
    assert.ok(done >= 1 && done < 25, `cancelled after ${done} sets`);
    assert.match(await note.innerText(), new RegExp(`after ${done} of 25 sets`));
    const shown = await page.locator('[data-testid^="robust-accuracy-"]').count();
    assert.equal(shown, done, 'only the sets done have a value');
    assert.equal(await page.getByTestId('robust-progress').count(), 0);
    assert.equal(await page.getByTestId('robust-cancel').count(), 0);
    assert.equal(await page.getByTestId('robust-summary').count(), 0);
    assert.equal(await page.getByTestId('train-status').getAttribute('data-state'), status);
    assert.equal(await page.getByTestId('robust-count').inputValue(), '10000');
    assert.equal(await page.getByTestId('robust-run').isEnabled(), true);
    // testing again works and clears the note
    await page.getByTestId('robust-count').selectOption('1000');
    await page.getByTestId('robust-run').click();
    await page.getByTestId('robust-summary').waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('robust-cancelled').count(), 0);
    for (const id of IDS) assert.ok(Number(await page.getByTestId(`robust-accuracy-${id}`).getAttribute('data-value')) >= 0, id);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});
