import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

test('kernels by link at ?step=5: output (1,1) = 89; to the end: the 4×4 corner (L12); a preset updates the link (L13)', async () => {
  const s = await openPage('#/lesson/kernels?step=5&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-index').waitFor();
    assert.equal(await page.getByTestId('step-index').textContent(), '6 / 16');
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '89');
    await page.getByTestId('step-first').click();
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '320');
    await page.getByTestId('step-last').click();
    assert.match(page.url(), /step=15/);
    assert.deepEqual(await readGrid(page, 'output'), [
      [320, 206, 198, 188],
      [210, 89, 111, 101],
      [205, 85, 111, 101],
      [189, 98, 117, 113],
    ]);
    // hovering an output cell shows its arithmetic
    await page.locator('[data-testid="grid-output"] [data-row="2"][data-col="1"]').hover();
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '85');

    // the outline section: the 10 | 200 edge gives 0, −570, +570
    await page.getByTestId('section-outline').click();
    await page.waitForFunction(() => location.hash.includes('image=edge') && location.hash.includes('preset=outline'));
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [
      [0, -570, 570],
      [0, -570, 570],
      [0, -570, 570],
    ]);
    assert.equal(await page.getByTestId('kernel-sum').getAttribute('data-value'), '0');
    // the slide's kernel: sum 9, a flat patch of 100 → 900
    await page.getByTestId('preset').selectOption('outline-slide');
    await page.waitForFunction(() => location.hash.includes('preset=outline-slide'));
    assert.equal(await page.getByTestId('kernel-sum').getAttribute('data-value'), '9');
    assert.equal(await page.getByTestId('flat-response').getAttribute('data-value'), '900');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('kernels: a kernel cell typed as "abc" shows an alert beside the grid and keeps its value; a number updates the link', async () => {
  const s = await openPage('#/lesson/kernels?lang=en&step=abc');
  try {
    const { page } = s;
    await page.getByTestId('ignored-step').waitFor();
    const input = page.locator('[data-testid="grid-kernel"] [data-row="1"][data-col="1"] input');
    await input.fill('abc');
    const alert = page.locator('[data-testid="grid-kernel"] ~ [role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /abc/);
    assert.equal(await page.locator('[data-testid="grid-kernel"] [data-row="1"][data-col="1"]').getAttribute('data-value'), '5');
    await input.fill('4');
    await page.waitForFunction(() => location.hash.includes('kernel=0,-1,0;-1,4,-1;0,-1,0'));
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '215');
    assert.equal(await page.getByTestId('kernel-sum').getAttribute('data-value'), '0');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('kernels on my drawing: test digit 1234 from #/draw, through the link, sharpened; every output cell is the sum worked out here', async () => {
  const s = await openPage('#/draw?lang=en&test=1234');
  try {
    const { page } = s;
    await page.getByTestId('share-kernels').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="grid-model-input"] [data-value]:not([data-value="0"])') != null, undefined, { timeout: 30_000 });
    const greys = (await readGrid(page, 'model-input')).map((row) => row.map((v) => Math.round(v * 255)));
    assert.equal(greys.length, 28);
    await page.getByTestId('share-kernels').click();
    await page.getByTestId('grid-output').waitFor();
    assert.equal(await page.getByTestId('image').inputValue(), 'custom');
    // The drawing inside the ring of zeros (padding 1, the image's own)
    const padded = await readGrid(page, 'input');
    assert.equal(padded.length, 30);
    assert.deepEqual(padded.slice(1, 29).map((r) => r.slice(1, 29)), greys);
    const at = (r: number, c: number) => (r < 0 || c < 0 || r > 27 || c > 27 ? 0 : greys[r][c]);
    const sharpen = (r: number, c: number) => 5 * at(r, c) - at(r - 1, c) - at(r + 1, c) - at(r, c - 1) - at(r, c + 1);
    await page.getByTestId('step-last').click();
    const out = await readGrid(page, 'output');
    assert.deepEqual(out, greys.map((row, r) => row.map((_, c) => sharpen(r, c))));
    // a cell's arithmetic on hover
    await page.locator('[data-testid="grid-output"] [data-row="14"][data-col="13"]').hover();
    assert.equal(Number(await page.getByTestId('sum').getAttribute('data-value')), sharpen(14, 13));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
