import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

const trunc2 = (rows: number[][]) => rows.map((r) => r.map((v) => Math.trunc(v * 100 + Math.sign(v) * 1e-9) / 100 + 0));

test('feature-match by link ?step=3: −5/9 (slide −0.55); to the end of matching: the lecture\'s 5×3 map; ReLU, pooling, 16 of 35', async () => {
  const s = await openPage('#/lesson/feature-match?step=3&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-index').waitFor();
    assert.equal(await page.getByTestId('step-index').textContent(), '4 / 26');
    assert.equal(Number(await page.getByTestId('sum').getAttribute('data-value')), -5 / 9);
    assert.match((await page.getByTestId('printed-note').textContent()) ?? '', /−0\.55/);

    // hover output (0,1): its window shows 9/9 = 1
    await page.locator('[data-testid="grid-output"] [data-row="0"][data-col="1"]').hover();
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '1');
    await page.mouse.move(1, 1);

    // step with the button to the last matching step (15 / 26)
    for (let i = 0; i < 11; i++) await page.getByTestId('step-next').click();
    assert.equal(await page.getByTestId('step-index').textContent(), '15 / 26');
    assert.match(page.url(), /step=14/);
    assert.deepEqual(trunc2(await readGrid(page, 'output')), [
      [-0.11, 1, -0.11],
      [-0.55, 0.11, -0.33],
      [-0.33, 0.33, -0.33],
      [-0.55, -0.11, -0.55],
      [-0.33, -0.55, -0.33],
    ]);

    // ReLU (L07) and pooling with stride 1 (L08)
    await page.getByTestId('step-next').click();
    assert.deepEqual(trunc2(await readGrid(page, 'relu')), [[0, 1, 0], [0, 0.11, 0], [0, 0.33, 0], [0, 0, 0], [0, 0, 0]]);
    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('step-index').textContent(), '26 / 26');
    assert.equal(await page.getByTestId('changed-count').getAttribute('data-value'), '16');
    assert.deepEqual(trunc2(await readGrid(page, 'pooled')), [[1, 1], [0.33, 0.33], [0.33, 0.33], [0, 0]]);
    assert.deepEqual(trunc2(await readGrid(page, 'shifted-pooled')), [[1, 0], [0.33, 0], [0.33, 0], [0, 0]]);
    assert.equal((await readGrid(page, 'output')).length, 5);

    // a control: the diagonal filter → filter=diagonal in the link; its tail match 1 at (4,1)
    await page.getByTestId('section-conv').click();
    await page.getByTestId('filter-select').selectOption('diagonal');
    await page.waitForFunction(() => location.hash.includes('filter=diagonal'));
    await page.getByTestId('step-last').click();
    assert.equal((await readGrid(page, 'output'))[4][1], 1);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('feature-match: a kernel cell typed as "abc" shows an alert and keeps its value; kernel=junk in the link is ignored with a message', async () => {
  const s = await openPage('#/lesson/feature-match?step=1&kernel=junk&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('ignored-kernel').waitFor();
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '1');
    const centre = page.locator('[data-testid="grid-kernel"] [data-row="1"][data-col="1"] input');
    await centre.fill('abc');
    await page.locator('[data-testid="grid-kernel"] + [role="alert"], [data-testid="grid-kernel"] ~ [role="alert"]').first().waitFor();
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '1');
    await centre.fill('1');
    await page.waitForFunction(() => location.hash.includes('kernel=1,1,1;1,1,1;1,1,1'));
    assert.equal(Number(await page.getByTestId('sum').getAttribute('data-value')), 7 / 9);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
