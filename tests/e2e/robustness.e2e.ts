import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

type Pt = [number, number];

async function draw(page: Page, strokes: Pt[][]): Promise<void> {
  await page.getByTestId('draw-canvas').scrollIntoViewIfNeeded();
  const box = await page.getByTestId('draw-canvas').boundingBox();
  assert.ok(box);
  const at = ([x, y]: Pt): Pt => [box.x + x * box.width, box.y + y * box.height];
  for (const s of strokes) {
    await page.mouse.move(...at(s[0]));
    await page.mouse.down();
    for (const p of s.slice(1)) await page.mouse.move(...at(p), { steps: 4 });
    await page.mouse.up();
  }
}

test('robustness lesson: the shifted 9, the measured table, and my drawing moved with the answer following it', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    const { page } = s;
    await page.getByTestId('draw-model-in-use').waitFor({ timeout: 60_000 });
    await draw(page, [[[0.25, 0.2], [0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]]]);
    await page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') === '7');
    // The first '7' can come from a prediction made during the stroke: read the 28×28 input once it settles.
    let drawn = (await readGrid(page, 'model-input')).flat();
    for (let same = 0; same < 5;) {
      await page.waitForTimeout(100);
      const now = (await readGrid(page, 'model-input')).flat();
      same = now.join() === drawn.join() ? same + 1 : 0;
      drawn = now;
    }

    await page.evaluate(() => { window.location.hash = '#/lesson/robustness?lang=en'; });
    await page.getByTestId('changed-count').waitFor();
    assert.equal(await page.getByTestId('changed-count').getAttribute('data-value'), '16');
    await page.getByTestId('step-next').click();
    const plain = Number(await page.getByTestId('measured-none-0').getAttribute('data-value'));
    const shifted4 = Number(await page.getByTestId('measured-none-4').getAttribute('data-value'));
    assert.ok(plain > 0.9 && shifted4 < plain, `measured: plain ${plain}, 4 px ${shifted4}`);
    await page.getByTestId('step-next').click();

    const pred = page.getByTestId('shift-prediction');
    await pred.waitFor({ timeout: 60_000 });
    assert.equal(await pred.getAttribute('data-digit'), '7', 'my 7 at the centre');
    assert.deepEqual((await readGrid(page, 'moved-input')).flat(), drawn, 'the lesson moves my drawing');
    await page.getByTestId('shift-dx').fill('3');
    await page.waitForFunction(() => document.querySelector('[data-testid="shift-prediction"]')?.textContent?.includes('Moved 3 px right'));
    const moved = (await readGrid(page, 'moved-input')).flat();
    for (let r = 0; r < 28; r++) for (let c = 3; c < 28; c++) assert.equal(moved[r * 28 + c], drawn[r * 28 + c - 3]);
    assert.match((await pred.getAttribute('data-digit')) ?? '', /^\d$/);
    const map = await readGrid(page, 'shift-map');
    assert.equal(map.length, 13);
    assert.ok(map.flat().every((v) => v >= 0 && v <= 1));
    assert.equal(await page.getByTestId('digit-source').inputValue(), 'mine');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});
