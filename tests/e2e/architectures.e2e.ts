import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

test('architectures by link ?arch=alexnet&input=224: 54.25 flagged; 227 by the control; Keras to the end: 1,199,882', async () => {
  const s = await openPage('#/lesson/architectures?arch=alexnet&input=224&step=0&lang=en');
  try {
    const { page } = s;
    const size = page.getByTestId('output-size');
    await size.waitFor();
    assert.equal(await size.getAttribute('data-exact'), '54.25');
    assert.equal(await size.getAttribute('data-value'), '54');
    await page.getByTestId('not-whole').waitFor();

    await page.getByTestId('input').selectOption('227');
    await page.waitForFunction(() => !location.hash.includes('input='));
    assert.equal(await size.getAttribute('data-value'), '55');
    assert.equal(await page.getByTestId('total-params').getAttribute('data-value'), '62378344');

    await page.getByTestId('section-keras').click();
    await page.waitForFunction(() => !location.hash.includes('arch='));
    assert.equal(await page.getByTestId('step-index').textContent(), '1 / 8');
    const params: string[] = [];
    for (let i = 0; i < 8; i++) {
      params.push((await page.getByTestId('param-count').getAttribute('data-value')) ?? '');
      if (i < 7) await page.getByTestId('step-next').click();
    }
    assert.deepEqual(params, ['320', '18496', '0', '0', '0', '1179776', '0', '1290']);
    assert.equal(await page.getByTestId('param-total').getAttribute('data-value'), '1199882');
    assert.match(page.url(), /step=7/);

    // the training log: a d3 chart and the readouts
    await page.goto(new URL('#/lesson/architectures?arch=log&step=8&lang=en', page.url()).toString());
    await page.getByTestId('val-accuracy').waitFor();
    assert.equal(await page.getByTestId('val-accuracy').getAttribute('data-value'), '0.9916');
    assert.equal(await page.getByTestId('dips').getAttribute('data-value'), '3,8,10');
    assert.equal(await page.getByTestId('batch-size').getAttribute('data-value'), '128');
    assert.ok((await page.locator('.ar-chart path.ar-line-path').count()) >= 4);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('architectures: VGG-16 to the end is 138,357,544; the bottleneck is 5,268,480 (21.4×)', async () => {
  const s = await openPage('#/lesson/architectures?arch=vgg&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('param-total').getAttribute('data-value'), '138357544');
    await page.getByTestId('section-bottleneck').click();
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '2080');
    assert.equal(await page.getByTestId('mult-count').getAttribute('data-value'), '6422528');
    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('mult-count').getAttribute('data-value'), '5268480');
    assert.equal(Number(await page.getByTestId('ratio').getAttribute('data-value')).toFixed(1), '21.4');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
