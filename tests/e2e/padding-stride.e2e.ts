import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('padding-stride by link ?size=6&kernel=3&padding=1&stride=2: output size 3 (3.5 → 3), never-visited row and column marked', async () => {
  const s = await openPage('#/lesson/padding-stride?size=6&kernel=3&padding=1&stride=2&lang=en');
  try {
    const { page } = s;
    const size = page.getByTestId('output-size');
    await size.waitFor();
    assert.equal(await size.getAttribute('data-value'), '3');
    assert.equal(await size.getAttribute('data-exact'), '3.5');
    await page.getByTestId('odd-case').waitFor();
    assert.equal(await page.getByTestId('step-index').textContent(), '1 / 9');
    // the 8×8 padded input: row 7 and column 7 are never visited
    const uncovered = await page.locator('[data-testid="grid-padded"] .uncovered').evaluateAll((els) =>
      els.map((e) => [Number(e.getAttribute('data-row')), Number(e.getAttribute('data-col'))]),
    );
    assert.equal(uncovered.length, 15);
    assert.ok(uncovered.every(([r, c]) => r === 7 || c === 7));
    // L10: the padded grid is the lecture's 8×8
    const padded = await readGrid(page, 'padded');
    assert.deepEqual(padded[1], [0, 3, 1, 1, 2, 8, 4, 0]);
    assert.deepEqual(padded[7], [0, 0, 0, 0, 0, 0, 0, 0]);
    await page.getByTestId('step-last').click();
    assert.equal((await readGrid(page, 'output')).length, 3);

    // stride 0: an alert next to the field, the picture and the link stay
    await page.getByTestId('stride').fill('0');
    const alert = page.getByTestId('stride-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match((await alert.textContent()) ?? '', /stride/i);
    assert.equal(await size.getAttribute('data-value'), '3');
    assert.match(page.url(), /stride=2/);
    // a non-number and a kernel larger than the padded input
    await page.getByTestId('size').fill('abc');
    await page.getByTestId('size-error').waitFor();
    assert.match((await page.getByTestId('size-error').textContent()) ?? '', /abc/);
    await page.getByTestId('kernel').fill('9');
    assert.match((await page.getByTestId('kernel-error').textContent()) ?? '', /does not fit/);
    assert.equal(await size.getAttribute('data-value'), '3');

    // a valid change goes into the link
    await page.getByTestId('stride').fill('1');
    await page.waitForFunction(() => location.hash.includes('stride=1'));
    assert.equal(await size.getAttribute('data-value'), '6');
    assert.equal(await page.getByTestId('stride-error').count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('padding-stride: the seven conv-arithmetic presets give 2, 6, 5, 7, 2, 3, 3', async () => {
  const s = await openPage('#/lesson/padding-stride?lang=en');
  try {
    const { page } = s;
    const ids = ['no-padding-no-strides', 'arbitrary-padding', 'half-padding', 'full-padding', 'no-padding-strides', 'padding-strides', 'padding-strides-odd'];
    const sizes: string[] = [];
    for (const id of ids) {
      await page.getByTestId(`preset-${id}`).click();
      assert.equal(await page.getByTestId(`preset-${id}`).getAttribute('aria-pressed'), 'true');
      sizes.push((await page.getByTestId('output-size').getAttribute('data-value')) ?? '');
    }
    assert.deepEqual(sizes, ['2', '6', '5', '7', '2', '3', '3']);
    // "same" padding from the menu keeps 5 → 5
    await page.getByTestId('preset-no-padding-strides').click();
    await page.getByTestId('padding-mode').selectOption('same');
    await page.waitForFunction(() => location.hash.includes('padding=same'));
    assert.equal(await page.getByTestId('output-size').getAttribute('data-value'), '3');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('padding-stride: a malformed link value is named and falls back', async () => {
  const s = await openPage('#/lesson/padding-stride?lang=en&stride=0&size=3&kernel=9');
  try {
    const { page } = s;
    await page.getByTestId('ignored-stride').waitFor();
    assert.match((await page.getByTestId('ignored-stride').textContent()) ?? '', /stride=0/);
    // kernel 9 on a 3×3 input cannot be drawn: the default example with a message
    await page.getByText(/cannot be drawn/).waitFor();
    assert.equal(await page.getByTestId('output-size').getAttribute('data-value'), '3');
  } finally {
    await s.close();
  }
});
