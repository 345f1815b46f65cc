import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('cam by link ?step=4: the first cell of M_cat; to the end: M_cat sums to 9; the dog by the control', async () => {
  const s = await openPage('#/lesson/cam?step=4&lang=en');
  try {
    const { page } = s;
    const index = page.getByTestId('step-index');
    await index.waitFor();
    assert.equal(await index.textContent(), '5 / 15');
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '1');
    assert.equal(await page.getByTestId('score-cat').getAttribute('data-value'), '9');
    assert.equal(await page.getByTestId('score-dog').getAttribute('data-value'), '0.5');
    assert.equal(Number(await page.getByTestId('prob-cat').getAttribute('data-value')).toFixed(4), '0.9998');

    await page.getByTestId('step-last').click();
    assert.equal(await index.textContent(), '15 / 15');
    assert.deepEqual(await readGrid(page, 'cam'), [[1, 1.5, 0], [1.5, 3, 1], [0, 1, 0]]);
    assert.equal(await page.getByTestId('cam-sum').getAttribute('data-value'), '9');
    assert.match((await page.getByTestId('predictions-1').textContent()) ?? '', /palace/);

    await page.getByTestId('class-dog').check();
    await page.waitForFunction(() => location.hash.includes('class=dog'));
    assert.deepEqual(await readGrid(page, 'cam'), [[2, 0.5, 0], [0.5, -1.5, -0.5], [0, -0.5, 0]]);
    assert.equal(await page.getByTestId('cam-sum').getAttribute('data-value'), '0.5');
    // an edited map goes into the link
    await page.locator('[data-testid="grid-f2"] [data-row="0"][data-col="0"] input').fill('4');
    await page.waitForFunction(() => location.hash.includes('f2=4'));
    assert.equal(await page.getByTestId('cam-sum').getAttribute('data-value'), '2.5');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
