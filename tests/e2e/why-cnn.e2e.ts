import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('why-cnn by link ?step=1: 7,680,064; the calculator writes the link; to the end: the shifted 9 and its feature map', async () => {
  const s = await openPage('#/lesson/why-cnn?step=1&lang=en');
  try {
    const { page } = s;
    const index = page.getByTestId('step-index');
    await index.waitFor();
    assert.equal(await index.textContent(), '2 / 7');
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '7680064');
    assert.equal(await page.getByTestId('params-per-neuron').getAttribute('data-value'), '120001');
    assert.match((await page.getByTestId('slide-words').textContent()) ?? '', /760만/);

    // a control: 10 neurons → the link holds all four numbers
    await page.getByTestId('neurons').fill('10');
    await page.waitForFunction(() => location.hash.includes('neurons=10'));
    assert.match(page.url(), /height=200/);
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '1200010');
    // a typed non-number: alert beside the field, the numbers stay
    await page.getByTestId('width').fill('wide');
    assert.equal(await page.getByTestId('width-error').getAttribute('role'), 'alert');
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '1200010');

    // FC vs conv
    await page.getByTestId('step-next').click();
    assert.equal(await page.getByTestId('fc-param-count').getAttribute('data-value'), '14450688');
    assert.equal(await page.getByTestId('mult-count').getAttribute('data-value'), '352800');
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '450');

    // to the end: the 9 moved one pixel left, 16 of 35 inputs changed, the map moved with it
    await page.getByTestId('step-last').click();
    assert.equal(await index.textContent(), '7 / 7');
    assert.equal(await page.getByTestId('changed-count').getAttribute('data-value'), '16');
    const shifted = await readGrid(page, 'shifted');
    assert.deepEqual(shifted[0], [1, 1, 1, -1, -1]);
    const map = await readGrid(page, 'map-shifted');
    assert.equal(map[0][0], 1);
    // arrow keys on the pad move the digit back; the link follows, the step stays
    await page.getByTestId('shift-pad').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('dx=0'));
    assert.equal(await page.getByTestId('changed-count').getAttribute('data-value'), '0');
    assert.equal(await index.textContent(), '7 / 7');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
