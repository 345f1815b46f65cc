import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('rgb-conv by link ?step=0: 308, −498, 164, + 1 = −25; to the end: the 4×4 corner of L11; editing the bias updates the link', async () => {
  const s = await openPage('#/lesson/rgb-conv?step=0&lang=en');
  try {
    const { page } = s;
    const sum = async () => Number(await page.getByTestId('sum').getAttribute('data-value'));
    await page.getByTestId('sum').waitFor();
    assert.equal(await sum(), 308);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), -498);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), 164);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), -25);
    assert.equal((await readGrid(page, 'channel-0'))[1][1], 156);
    assert.deepEqual(await readGrid(page, 'kernel-2'), [[0, 1, 1], [0, 1, 0], [1, -1, 1]]);

    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('step-index').textContent(), '28 / 28');
    const out = await readGrid(page, 'output');
    assert.deepEqual(out.slice(0, 4).map((r) => r.slice(0, 4)), [
      [-25, 466, 466, 475],
      [295, 787, 798, 812],
      [291, 776, 784, 800],
      [293, 771, 773, 782],
    ]);

    await page.getByTestId('bias').fill('0');
    await page.waitForFunction(() => location.hash.includes('bias=0'));
    assert.equal((await readGrid(page, 'output'))[0][0], -26);
    await page.getByTestId('bias').fill('abc');
    await page.getByTestId('bias-error').waitFor();
    assert.equal((await readGrid(page, 'output'))[0][0], -26);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('rgb-conv parameters: 76 per filter, 760 in all; L03 preset: 450 weights, 352,800 multiplies vs 14,450,688', async () => {
  const s = await openPage('#/lesson/rgb-conv?part=params&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('param-count').waitFor();
    assert.equal(await page.getByTestId('params-per-filter').getAttribute('data-value'), '76');
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '760');
    await page.getByTestId('preset-l03').click();
    await page.waitForFunction(() => location.hash.includes('filters=6') && location.hash.includes('padding=0'));
    assert.equal(await page.getByTestId('weight-count').getAttribute('data-value'), '450');
    assert.equal(await page.getByTestId('mult-count').getAttribute('data-value'), '352800');
    assert.equal(await page.getByTestId('fc-params').getAttribute('data-value'), '14450688');
    await page.getByTestId('section-filters').click();
    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('output-size').getAttribute('data-shape'), '5,5,6');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
