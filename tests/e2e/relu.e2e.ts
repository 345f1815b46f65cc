import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

const value = async (page: Awaited<ReturnType<typeof openPage>>['page'], id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));

test('relu by link at ?step=3: stepping to the end of the map gives 0 1 0 / 0 0.11 0 / 0 0.33 0 / 0 0 0 / 0 0 0 (L07)', async () => {
  const s = await openPage('#/lesson/relu?step=3&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-index').waitFor();
    assert.equal(await page.getByTestId('step-index').textContent(), '4 / 20');
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '0');
    await page.getByTestId('lesson').focus();
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('step-index').textContent(), '15 / 20');
    assert.match(page.url(), /step=14/);
    assert.deepEqual(await readGrid(page, 'output'), [
      [0, 1, 0],
      [0, 0.11, 0],
      [0, 0.33, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('relu XOR builder: the sigmoid and ReLU tables of L25; a weight and the network change the link; no single unit solves XOR', async () => {
  const s = await openPage('#/lesson/relu?lang=en');
  try {
    const { page } = s;
    await page.getByTestId('section-xor').click();
    await page.waitForFunction(() => location.hash.includes('step=15'));
    await page.getByTestId('xor-table').waitFor();
    const table = async () =>
      Promise.all([0, 1, 2, 3].map(async (i) => [await value(page, `xor-a1-${i}`), await value(page, `xor-a2-${i}`), await value(page, `xor-y-${i}`)]));
    const slide = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [0, 0, 0]];
    (await table()).forEach((r, i) => r.forEach((v, j) => assert.ok(Math.abs(v - slide[i][j]) <= 5e-5, `row ${i}: ${v}`)));
    assert.equal(await page.getByTestId('xor-match').getAttribute('data-value'), 'true');
    // step to the end of the XOR part: input (1, 1)
    for (let i = 0; i < 3; i++) await page.getByTestId('step-next').click();
    assert.equal(await page.getByTestId('step-index').textContent(), '19 / 20');
    assert.equal(await page.getByTestId('xor-z-a1').getAttribute('data-value'), '-10');

    await page.getByTestId('net').selectOption('relu');
    await page.waitForFunction(() => location.hash.includes('net=relu'));
    assert.deepEqual(await table(), [[0, 0, 0], [0, 0.5, 1], [0.5, 0, 1], [0, 0, 0]]);

    const w = page.locator('[data-testid="grid-weights"] [data-row="0"][data-col="0"] input');
    await w.fill('1');
    await page.waitForFunction(() => location.hash.includes('w=1,-0.5,0;-0.5,0.5,0;2,2,0'));
    assert.equal(await page.getByTestId('xor-match').getAttribute('data-value'), 'false');
    assert.equal(await value(page, 'xor-a1-2'), 1);

    await page.getByTestId('net').selectOption('single');
    await page.waitForFunction(() => location.hash.includes('net=single') && !location.hash.includes('w='));
    assert.equal(await page.getByTestId('xor-correct').getAttribute('data-value'), '3');
    assert.ok((await page.locator('[data-testid="xor-plane"] [data-testid="xor-region"]').getAttribute('d'))?.startsWith('M'));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
