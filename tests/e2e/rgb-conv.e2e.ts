import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';
import { makePng } from './png';

after(closeBrowser);

test('rgb-conv by link ?step=0: 308, −498, 164, + 1 = −25; to the end: the 4×4 corner of L11; editing the bias updates the link', async () => {
  const s = await openPage('#/lesson/rgb-conv?step=0&lang=en');
  try {
    const { page } = s;
    const sum = async () => Number(await page.getByTestId('sum').getAttribute('data-value'));
    await page.getByTestId('sum').waitFor();
    assert.equal(await sum(), 308);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), -498);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), 164);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), -25);
    assert.equal((await readGrid(page, 'channel-0'))[1][1], 156);
    assert.deepEqual(await readGrid(page, 'kernel-2'), [[0, 1, 1], [0, 1, 0], [1, -1, 1]]);

    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('step-index').textContent(), '28 / 28');
    const out = await readGrid(page, 'output');
    assert.deepEqual(out.slice(0, 4).map((r) => r.slice(0, 4)), [
      [-25, 466, 466, 475],
      [295, 787, 798, 812],
      [291, 776, 784, 800],
      [293, 771, 773, 782],
    ]);

    await page.getByTestId('bias').fill('0');
    await page.waitForFunction(() => location.hash.includes('bias=0'));
    assert.equal((await readGrid(page, 'output'))[0][0], -26);
    await page.getByTestId('bias').fill('abc');
    await page.getByTestId('bias-error').waitFor();
    assert.equal((await readGrid(page, 'output'))[0][0], -26);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('rgb-conv parameters: 76 per filter, 760 in all; L03 preset: 450 weights, 352,800 multiplies vs 14,450,688', async () => {
  const s = await openPage('#/lesson/rgb-conv?part=params&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('param-count').waitFor();
    assert.equal(await page.getByTestId('params-per-filter').getAttribute('data-value'), '76');
    assert.equal(await page.getByTestId('param-count').getAttribute('data-value'), '760');
    await page.getByTestId('preset-l03').click();
    await page.waitForFunction(() => location.hash.includes('filters=6') && location.hash.includes('padding=0'));
    assert.equal(await page.getByTestId('weight-count').getAttribute('data-value'), '450');
    assert.equal(await page.getByTestId('mult-count').getAttribute('data-value'), '352800');
    assert.equal(await page.getByTestId('fc-params').getAttribute('data-value'), '14450688');
    await page.getByTestId('section-filters').click();
    await page.getByTestId('step-last').click();
    assert.equal(await page.getByTestId('output-size').getAttribute('data-shape'), '5,5,6');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

/** The test's own picture, 64×64: R = 4x, G = 4y, B = 2x + 2y. Averaged over 2×2 blocks to 32×32, cell (r, c) is exactly R 8c+2, G 8r+2, B 4c+4r+2. */
const OWN_PNG = makePng(64, 64, (x, y) => [4 * x, 4 * y, 2 * x + 2 * y]);
const cellRgb = (r: number, c: number) => [8 * c + 2, 8 * r + 2, 4 * c + 4 * r + 2];
/** L11's kernel slices and bias (what the lesson opens with). */
const L11_KERNEL = [
  [[-1, -1, 1], [0, 1, -1], [0, 1, 1]],
  [[1, 0, 0], [1, -1, -1], [1, 0, -1]],
  [[0, 1, 1], [0, 1, 0], [1, -1, 1]],
];

/**
 * The expected numbers, worked out here cell by cell (not with the app's code): the 5×5 crop at
 * (row, col) of the 32×32 grid, zero-padded by 1, each channel's part and the output with bias 1.
 */
function expectedCrop(row: number, col: number) {
  const channels = [0, 1, 2].map((ch) => Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => cellRgb(row + i, col + j)[ch])));
  const at = (ch: number, i: number, j: number) => (i < 0 || j < 0 || i > 4 || j > 4 ? 0 : channels[ch][i][j]);
  const parts = [0, 1, 2].map((ch) => Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => {
    let s = 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += at(ch, r - 1 + i, c - 1 + j) * L11_KERNEL[ch][i][j];
    return s;
  })));
  const output = parts[0].map((line, r) => line.map((v, c) => v + parts[1][r][c] + parts[2][r][c] + 1));
  return { channels, parts, output };
}

/** A padded channel grid's inner 5×5 (the padding cells are the outer ring). */
const inner = (g: number[][]) => g.slice(1, 6).map((line) => line.slice(1, 6));

test('rgb-conv with a crop of your picture: a PNG the test made, the 5×5 crop at (10, 4), then moved by a click; every channel, part and output equal the arithmetic worked out by hand', async () => {
  const s = await openPage('#/lesson/rgb-conv?lang=en');
  try {
    const { page } = s;
    await page.getByTestId('sum').waitFor();
    assert.equal(await page.getByTestId('use-picture').isDisabled(), true);
    await page.getByTestId('image-upload').setInputFiles({ name: 'ramps.png', mimeType: 'image/png', buffer: OWN_PNG });
    await page.getByTestId('crop-picture').waitFor({ timeout: 30_000 });
    await page.getByTestId('use-picture').check();
    await page.getByTestId('crop-row').fill('10');
    await page.getByTestId('crop-col').fill('4');
    await page.waitForFunction(() => /own=1/.test(location.hash) && /crow=10/.test(location.hash) && /ccol=4/.test(location.hash));
    assert.match((await page.getByTestId('own-note').textContent()) ?? '', /10.*14.*4.*8/);

    let want = expectedCrop(10, 4);
    for (const ch of [0, 1, 2]) {
      const padded = await readGrid(page, `channel-${ch}`);
      assert.equal(padded.length, 7);
      assert.deepEqual(padded[0], [0, 0, 0, 0, 0, 0, 0]);
      assert.deepEqual(inner(padded), want.channels[ch], `channel ${ch}`);
      assert.deepEqual(await readGrid(page, `kernel-${ch}`), L11_KERNEL[ch]);
    }
    // Steps 1–3: red, green, blue parts of output (0, 0); step 4: their sum + bias.
    const sum = async () => Number(await page.getByTestId('sum').getAttribute('data-value'));
    const toFirst = async () => {
      if ((await page.getByTestId('step-first').getAttribute('aria-disabled')) !== 'true') await page.getByTestId('step-first').click();
      assert.match((await page.getByTestId('step-index').textContent()) ?? '', /^1 \//);
    };
    await toFirst();
    assert.equal(await sum(), want.parts[0][0][0]);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), want.parts[1][0][0]);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), want.parts[2][0][0]);
    await page.getByTestId('step-next').click();
    assert.equal(await sum(), want.output[0][0]);
    await page.getByTestId('step-last').click();
    for (const ch of [0, 1, 2]) assert.deepEqual(await readGrid(page, `part-${ch}`), want.parts[ch], `part ${ch}`);
    assert.deepEqual(await readGrid(page, 'output'), want.output);

    // A click on the middle of the thumbnail centres the crop there: cell 16 → corner 14.
    const thumb = page.getByTestId('crop-picture');
    await thumb.scrollIntoViewIfNeeded();
    const box = await thumb.boundingBox();
    assert.ok(box);
    await thumb.click({ position: { x: box.width * (16.5 / 32), y: box.height * (16.5 / 32) } });
    await page.waitForFunction(() => /crow=14/.test(location.hash) && /ccol=14/.test(location.hash));
    want = expectedCrop(14, 14);
    assert.deepEqual(inner(await readGrid(page, 'channel-2')), want.channels[2]);
    // Still at the last step: the whole output of the new crop.
    assert.equal(await page.getByTestId('step-index').textContent(), '28 / 28');
    assert.deepEqual(await readGrid(page, 'output'), want.output);
    // Off again: the lecture's pixels and −25 come back.
    await page.getByTestId('use-picture').uncheck();
    await toFirst();
    assert.equal(await sum(), 308);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});
