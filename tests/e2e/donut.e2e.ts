import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

const round2 = (rows: number[][]) => rows.map((r) => r.map((v) => Number(v.toFixed(2)) + 0));

test('donut Boolean mode by link: 9 conditions fail at the upper-left pixel; painting a pixel changes the count and the link', async () => {
  const s = await openPage('#/lesson/donut?step=0&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('failed-count').waitFor();
    assert.equal(await page.getByTestId('failed-count').getAttribute('data-value'), '9');
    assert.equal(await page.getByTestId('step-index').textContent(), '1 / 64');
    await page.getByTestId('step-last').click();
    const failed = await readGrid(page, 'output');
    assert.equal(failed[0][0], 9);
    assert.equal(failed[4][4], 0);
    assert.equal(await page.getByTestId('donuts').getAttribute('data-value'), '1');
    await page.getByTestId('step-first').click();
    await page.locator('[data-testid="grid-padded"] [data-row="2"][data-col="2"]').click();
    await page.waitForFunction(() => location.hash.includes('input='));
    assert.equal(await page.getByTestId('failed-count').getAttribute('data-value'), '10');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('donut multiplier mode by link: −0.443 at the top-left; at the end the 8×8 map, (6,1) = 3.65; no padding → 4×4 centre', async () => {
  const s = await openPage('#/lesson/donut?mode=multiplier&step=0&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('sum').waitFor();
    assert.ok(Math.abs(Number(await page.getByTestId('sum').getAttribute('data-value')) + 0.443) < 1e-9);
    // keyboard: focus the lesson, End
    await page.getByTestId('lesson').focus();
    await page.keyboard.press('End');
    assert.equal(await page.getByTestId('step-index').textContent(), '64 / 64');
    assert.match(page.url(), /step=63/);
    const map = round2(await readGrid(page, 'output'));
    assert.deepEqual(map[0], [-0.44, -0.01, 0.35, -0.04, -0.58, 0.99, -0.91, 1.29]);
    assert.deepEqual(map[6], [-0.92, 3.65, 0.97, 2.03, 2.37, 1.63, 0.76, -0.7]);
    assert.equal(Number(await page.getByTestId('best').getAttribute('data-value')).toFixed(2), '3.65');
    assert.equal((await readGrid(page, 'printed'))[6][1], 3.64);

    await page.getByTestId('section-nopad').click();
    await page.waitForFunction(() => location.hash.includes('padding=0'));
    await page.getByTestId('step-last').click();
    assert.deepEqual(round2(await readGrid(page, 'output')), [
      [-0.06, 2.1, 0.39, -0.02],
      [0.41, 1, 1.19, 1.05],
      [1.81, 1.07, 1.33, 1.79],
      [1.54, -0.49, -0.35, 0.73],
    ]);

    await page.getByTestId('section-multiplier').click();
    await page.getByTestId('filter-select').selectOption('standalone');
    await page.waitForFunction(() => location.hash.includes('filter=standalone'));
    assert.equal(await page.locator('[data-testid="grid-output"] [data-row="0"][data-col="0"]').textContent(), '−0.34');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('donut: mode=abc is ignored with a message', async () => {
  const s = await openPage('#/lesson/donut?mode=abc&lang=en');
  try {
    await s.page.getByTestId('ignored-mode').waitFor();
    assert.equal(await s.page.getByTestId('failed-count').getAttribute('data-value'), '9');
  } finally {
    await s.close();
  }
});
