import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('pooling by link ?step=1: max(3, 4, 9, 2) = 9; to the end 8 9 / 4 3; the three grids and the 5×5 grid; average and global', async () => {
  const s = await openPage('#/lesson/pooling?step=1&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('sum').waitFor();
    assert.equal(await page.getByTestId('step-index').textContent(), '2 / 4');
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '9');
    assert.equal(await page.locator('[data-testid="grid-input"] .is-max').getAttribute('data-value'), '9');
    for (let i = 0; i < 2; i++) await page.getByTestId('step-next').click();
    assert.match(page.url(), /step=3/);
    assert.deepEqual(await readGrid(page, 'output'), [[8, 9], [4, 3]]);

    await page.getByTestId('section-b').click();
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [[9, 8], [19, 8]]);
    await page.getByTestId('section-c').click();
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [[6, 8], [3, 4]]);
    await page.getByTestId('section-conv-arith').click();
    await page.waitForFunction(() => location.hash.includes('grid=conv-arith'));
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [[3, 3, 3], [3, 3, 3], [3, 2, 3]]);

    await page.getByTestId('section-avg').click();
    await page.waitForFunction(() => location.hash.includes('kind=avg'));
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [[4, 4.5], [2, 1.5]]);
    assert.equal(await page.getByTestId('conv-equal').getAttribute('data-value'), 'true');

    await page.getByTestId('section-global').click();
    await page.waitForFunction(() => location.hash.includes('global=1'));
    assert.equal(await page.getByTestId('global-avg').getAttribute('data-value'), '3');
    assert.equal(await page.getByTestId('global-max').getAttribute('data-value'), '9');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('pooling controls: ceil mode 2×2 → 3×3 on the 5×5 grid; stride typed as "abc" is refused; kind=median in the link is ignored', async () => {
  const s = await openPage('#/lesson/pooling?grid=conv-arith&size=2&stride=2&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('output-size').waitFor();
    assert.equal(await page.getByTestId('output-size').getAttribute('data-value'), '2');
    await page.getByTestId('ceil').check();
    await page.waitForFunction(() => location.hash.includes('ceil=1'));
    assert.equal(await page.getByTestId('output-size').getAttribute('data-value'), '3');
    assert.equal(await page.getByTestId('output-size').getAttribute('data-shape'), '3,3');
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [[3, 3, 1], [3, 2, 3], [2, 0, 1]]);
    await page.getByTestId('stride').fill('abc');
    await page.getByTestId('stride-error').waitFor();
    assert.match(page.url(), /stride=2/);
  } finally {
    await s.close();
  }
  const s2 = await openPage('#/lesson/pooling?kind=median&lang=en');
  try {
    await s2.page.getByTestId('ignored-kind').waitFor();
    assert.equal(await s2.page.getByTestId('sum').getAttribute('data-value'), '8');
  } finally {
    await s2.close();
  }
});
