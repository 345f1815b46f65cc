import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('flatten-fc by link at ?step=2: to the end of flatten gives 1,1,0,4,2,1,0,2,1 (L24); column order changes the link', async () => {
  const s = await openPage('#/lesson/flatten-fc?step=2&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-index').waitFor();
    assert.equal(await page.getByTestId('step-index').textContent(), '3 / 17');
    assert.deepEqual(await readGrid(page, 'output'), [[1, 1, 0]]);
    for (let i = 0; i < 6; i++) await page.getByTestId('step-next').click();
    assert.match(page.url(), /step=8/);
    assert.deepEqual(await readGrid(page, 'output'), [[1, 1, 0, 4, 2, 1, 0, 2, 1]]);
    await page.getByTestId('order').selectOption('col');
    await page.waitForFunction(() => location.hash.includes('order=col'));
    assert.deepEqual(await readGrid(page, 'output'), [[1, 4, 0, 1, 2, 2, 0, 1, 1]]);
    // the dense layer and softmax, to the end of softmax
    await page.getByTestId('order').selectOption('row');
    await page.getByTestId('section-softmax').click();
    await page.getByTestId('step-next').click();
    await page.getByTestId('step-next').click();
    assert.equal(await page.getByTestId('step-index').textContent(), '15 / 17');
    const p = (await readGrid(page, 'output'))[0];
    assert.equal(p.length, 3);
    assert.ok(Math.abs(p[0] + p[1] + p[2] - 1) < 1e-12);
    assert.equal((await readGrid(page, 'logits'))[0].join(' '), '2.1 1.3 -0.2');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('flatten-fc: the Keras summary (L26) and the calculator (L01, L02, L03) with typed values in the link', async () => {
  const s = await openPage('#/lesson/flatten-fc?step=15&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('keras-total').waitFor();
    assert.equal(await page.getByTestId('keras-total').getAttribute('data-value'), '1199882');
    assert.equal(await page.getByTestId('keras-params-5').getAttribute('data-value'), '1179776');
    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '7680064');
    await page.getByTestId('preset-l03').click();
    await page.waitForFunction(() => location.hash.includes('h=32') && location.hash.includes('neurons=4704'));
    assert.equal(await page.getByTestId('weight-count').getAttribute('data-value'), '14450688');
    assert.equal(await page.getByTestId('conv-weight-count').getAttribute('data-value'), '450');
    assert.equal(await page.getByTestId('conv-mult-count').getAttribute('data-value'), '352800');
    await page.getByTestId('calc-neurons').fill('64');
    await page.waitForFunction(() => location.hash.includes('neurons=64') || !location.hash.includes('neurons='));
    assert.equal(await page.getByTestId('mult-count').getAttribute('data-value'), String(3072 * 64));
    await page.getByTestId('calc-h').fill('abc');
    await page.getByTestId('calc-h-error').waitFor();
    assert.equal(await page.getByTestId('weight-count').getAttribute('data-value'), String(3072 * 64));
    await page.getByTestId('preset-fullhd').click();
    await page.waitForFunction(() => location.hash.includes('h=1080') && location.hash.includes('w=1920'));
    assert.equal(await page.getByTestId('weight-count').getAttribute('data-value'), '6220800');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
