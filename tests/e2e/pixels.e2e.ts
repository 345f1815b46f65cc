import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('pixels by link ?step=1: the patch as k/255; to the end: pixel (9, 8) is number 260; a click selects a pixel into the link', async () => {
  const s = await openPage('#/lesson/pixels?step=1&lang=en');
  try {
    const { page } = s;
    const index = page.getByTestId('step-index');
    await index.waitFor();
    assert.equal(await index.textContent(), '2 / 6');
    const patch = await readGrid(page, 'patch');
    assert.deepEqual(patch[0].slice(0, 4).map((v) => v.toFixed(7)), ['0.2784314', '0.2784314', '0.2745098', '0.2745098']);
    assert.equal(await page.getByTestId('inspect-float').textContent(), '0.2784314');
    // the pointer inspects a pixel
    await page.locator('[data-testid="grid-patch"] [data-row="6"][data-col="8"]').hover();
    assert.equal(await page.getByTestId('inspect-int').getAttribute('data-value'), '75');

    await page.getByTestId('step-last').click();
    assert.equal(await index.textContent(), '6 / 6');
    await page.getByTestId('step-prev').click();
    assert.equal(await index.textContent(), '5 / 6');
    assert.equal(await page.getByTestId('flat-index').getAttribute('data-value'), '260');
    const digit = await readGrid(page, 'digit');
    assert.equal(digit.length, 28);
    assert.equal(digit.flat().length, 784);
    // a control: select another pixel; the link and the flat index follow
    await page.locator('[data-testid="grid-digit"] [data-row="2"][data-col="27"]').click();
    await page.waitForFunction(() => location.hash.includes('row=2') && location.hash.includes('col=27'));
    await page.mouse.move(0, 0);
    assert.equal(await page.getByTestId('flat-index').getAttribute('data-value'), String(2 * 28 + 27));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
