import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

type Pt = [number, number];

async function draw(page: Page, strokes: Pt[][]): Promise<void> {
  const box = await page.getByTestId('draw-canvas').boundingBox();
  assert.ok(box, 'the canvas is on screen');
  const at = ([x, y]: Pt): Pt => [box.x + x * box.width, box.y + y * box.height];
  for (const s of strokes) {
    await page.mouse.move(...at(s[0]));
    await page.mouse.down();
    for (const p of s.slice(1)) await page.mouse.move(...at(p), { steps: 4 });
    await page.mouse.up();
  }
}

const hashParam = (page: Page, key: string) => page.evaluate((k) => new URLSearchParams(location.hash.split('?')[1] ?? '').get(k), key);

async function digit(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') != null, undefined, { timeout: 60_000 });
  return (await page.getByTestId('prediction').getAttribute('data-digit')) ?? '';
}

/** How much the canvas differs from its paper colour (its top-left pixel): 0 when nothing is drawn. */
const canvasInk = (page: Page) => page.getByTestId('draw-canvas').evaluate((c: HTMLCanvasElement) => {
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) ink += Math.abs(d[i] - d[0]);
  return ink;
});

test('a drawing is in the link (d=) and the link opens the same drawing', async () => {
  const a = await openPage('#/draw?lang=en');
  let code = '';
  let guess = '';
  try {
    await draw(a.page, [[[0.25, 0.2], [0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]]]);
    await a.page.waitForFunction(() => /[?&]d=1/.test(location.hash));
    code = (await hashParam(a.page, 'd')) ?? '';
    assert.match(code, /^1[A-Za-z0-9_-]+$/);
    guess = await digit(a.page);
    assert.deepEqual(a.errors, []);
  } finally {
    await a.close();
  }
  const b = await openPage(`#/draw?lang=en&d=${code}`);
  const c = await openPage(`#/draw?lang=en&d=${code}`);
  try {
    assert.equal(await digit(b.page), guess, 'the same digit from the link');
    assert.equal(await hashParam(b.page, 'd'), code, 'the link keeps its drawing');
    assert.ok((await canvasInk(b.page)) > 0, 'the canvas shows the drawing');
    await digit(c.page);
    // The 28×28 grid renders after the answer (a transition): wait until it shows the drawing.
    for (const page of [b.page, c.page]) {
      await page.waitForFunction(() => document.querySelector('[data-testid="grid-model-input"] [data-value]:not([data-value="0"])') != null, undefined, { timeout: 30_000 });
    }
    assert.deepEqual(await readGrid(b.page, 'model-input'), await readGrid(c.page, 'model-input'), 'the same 28×28 input from the same link');
    assert.equal(await b.page.locator('[role="alert"]').count(), 0);
    // one more stroke: the link follows
    await draw(b.page, [[[0.3, 0.5], [0.7, 0.5]]]);
    await b.page.waitForFunction((old) => new URLSearchParams(location.hash.split('?')[1]).get('d') !== old, code);
    assert.ok(((await hashParam(b.page, 'd')) ?? '').length > code.length);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await c.close();
  }
});

test('#/draw?test=1234 opens test image 1234 with its label (8)', async () => {
  const s = await openPage('#/draw?lang=en&test=1234');
  try {
    const label = s.page.getByTestId('sample-label');
    await label.waitFor({ timeout: 60_000 });
    assert.equal(await label.getAttribute('data-index'), '1234');
    assert.equal(await label.getAttribute('data-label'), '8');
    assert.match((await label.textContent()) ?? '', /1234.*label 8/);
    // named above the canvas too
    assert.equal(await s.page.getByTestId('canvas-sample').textContent(), 'On the canvas: test image no. 1234 (label 8).');
    assert.equal(await digit(s.page), '8');
    assert.ok((await canvasInk(s.page)) > 0);
    assert.equal(await hashParam(s.page, 'test'), '1234');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a malformed d= or test= says so next to the canvas and keeps the drawing', async () => {
  const s = await openPage('#/draw?lang=en&d=1Fg&test=12a');
  try {
    await s.page.getByTestId('link-problem-d').waitFor();
    assert.match((await s.page.getByTestId('link-problem-d').textContent()) ?? '', /ends in the middle of a stroke/);
    assert.equal(await s.page.getByTestId('link-problem-d').getAttribute('role'), 'alert');
    assert.match((await s.page.getByTestId('link-problem-test').textContent()) ?? '', /test=12a .* 0 to 9999/);
    assert.equal(await canvasInk(s.page), 0, 'nothing drawn');
    // draw, then a bad link: the drawing stays
    await draw(s.page, [[[0.5, 0.15], [0.5, 0.5], [0.5, 0.85]]]);
    const guess = await digit(s.page);
    const ink = await canvasInk(s.page);
    await s.page.evaluate(() => { location.hash = '#/draw?lang=en&d=2abc'; });
    await s.page.getByTestId('link-problem-d').waitFor();
    assert.match((await s.page.getByTestId('link-problem-d').textContent()) ?? '', /must start with 1/);
    assert.equal(await canvasInk(s.page), ink);
    assert.equal(await digit(s.page), guess);
    await s.page.evaluate(() => { location.hash = '#/draw?lang=en&test=10000'; });
    await s.page.getByTestId('link-problem-test').waitFor();
    assert.equal(await canvasInk(s.page), ink);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
